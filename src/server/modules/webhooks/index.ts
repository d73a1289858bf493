export { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./webhook-events.js";
export { webhooksModule } from "./webhooks.module.js";
