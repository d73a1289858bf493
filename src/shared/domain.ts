// Enumerations shared by the server, the API schemas and the web app.
export const CUSTOMER_KINDS = ["person", "company"] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const CUSTOMER_TIERS = ["standard", "gold", "vip"] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export const TICKET_TYPES = [
  "consultation",
  "support",
  "installation",
  "repair",
  "return",
  "exchange",
  "refund",
  "delivery",
  "complaint",
  "suggestion",
] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const PRIORITIES = ["A", "B", "C"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = [
  "web",
  "portal",
  "email",
  "phone",
  "sms",
  "wechat",
  "social",
  "dealer",
  "api",
  "chat",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const TICKET_STATUSES = [
  "new",
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
  "resolved",
  "closed",
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = [
  "start",
  "pend_customer",
  "pend_parts",
  "pend_third_party",
  "resume",
  "resolve",
  "confirm",
  "reject",
  "reopen",
  "escalate",
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export const VISIBILITIES = ["public", "internal"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const WARRANTY_STATUSES = ["in_warranty", "expired"] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export const MAX_ESCALATION_LEVEL = 3;

// The ticket's SLA summary for the queue (written by the SLA module).
export const SLA_STATES = ["ok", "warning", "breached", "paused", "met"] as const;
export type SlaState = (typeof SLA_STATES)[number];
