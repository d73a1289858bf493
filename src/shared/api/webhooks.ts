import { z } from "@hono/zod-openapi";
import { isoDateTime } from "./iso-date-time.js";

// Webhook subscriptions and their deliveries as the API answers them (server route schemas and web types).
export const ZWebhook = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(z.string()),
    active: z.boolean(),
    failingSince: isoDateTime().nullable(),
    disabledReason: z
      .string()
      .nullable()
      .openapi({ description: "persistent_failure (turned off automatically) or turned_off (by an admin)" }),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("Webhook");

export const ZWebhookDelivery = z
  .object({
    id: z.string().openapi({ description: "Sent as Aftercare-Delivery: the idempotency key" }),
    subscriptionId: z.string(),
    eventType: z.string(),
    eventId: z.string(),
    payload: z.record(z.string(), z.unknown()),
    status: z.enum(["queued", "sent", "failed"]),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    responseSnippet: z.string().nullable(),
    replayOf: z.string().nullable(),
    createdAt: isoDateTime(),
    lastAttemptAt: isoDateTime().nullable(),
    deliveredAt: isoDateTime().nullable(),
  })
  .openapi("WebhookDelivery");

export type Webhook = z.infer<typeof ZWebhook>;
export type WebhookDelivery = z.infer<typeof ZWebhookDelivery>;
