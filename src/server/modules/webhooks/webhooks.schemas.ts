import { z } from "@hono/zod-openapi";
import { ZWebhook, ZWebhookDelivery } from "../../../shared/api/webhooks.js";
import { WEBHOOK_EVENT_TYPES } from "../../../shared/webhook-events.js";

export { ZWebhook, ZWebhookDelivery };

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

export const ZWebhookWithSecret = ZWebhook.extend({
  secret: z.string().openapi({ description: "HMAC key; shown only now (creation or rotation)" }),
}).openapi("WebhookWithSecret");
