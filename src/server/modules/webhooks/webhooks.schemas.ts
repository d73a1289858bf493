import { z } from "@hono/zod-openapi";
import { WEBHOOK_EVENT_TYPES } from "../../../shared/webhook-events.js";
import { isoDateTime } from "../../platform/http/schemas.js";

const ZEventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length * 2)
  .openapi({ description: "Event types this endpoint hears, e.g. ticket.created" });

export const ZWebhookInput = z
  .object({
    url: z.string().trim().min(1).max(2000).openapi({ description: "http(s) URL on a public address" }),
    eventTypes: ZEventTypes,
    description: z.string().trim().max(200).nullable().optional(),
  })
  .openapi("WebhookInput");

export const ZWebhookPatch = z
  .object({
    url: z.string().trim().min(1).max(2000).optional(),
    eventTypes: ZEventTypes.optional(),
    description: z.string().trim().max(200).nullable().optional(),
    active: z.boolean().optional().openapi({ description: "true turns a disabled subscription back on" }),
  })
  .openapi("WebhookPatch");

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

export const ZWebhookWithSecret = ZWebhook.extend({
  secret: z.string().openapi({ description: "HMAC key; shown only now (creation or rotation)" }),
}).openapi("WebhookWithSecret");

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
