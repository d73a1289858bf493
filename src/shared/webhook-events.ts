// The event types a webhook subscription can hear, shared by the API's validation and the admin
// page: a ticket's history entries that matter outside, named `ticket.<history type>`, and `ping`
// (sent on request by POST /webhooks/{id}/test, so not offered as a subscription choice).
export const TICKET_WEBHOOK_EVENTS = [
  "ticket.created",
  "ticket.status_changed",
  "ticket.assigned",
  "ticket.message_added",
  "ticket.field_changed",
  "ticket.escalated",
  "ticket.auto_closed",
] as const;
export const WEBHOOK_EVENT_TYPES = [...TICKET_WEBHOOK_EVENTS, "ping"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
