import { boolean, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// A tenant's endpoint and the event types it hears. The secret is kept in the clear because the
// server must compute HMACs with it; the API shows it only at creation and on rotation.
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    url: text("url").notNull(),
    eventTypes: text("event_types").array().notNull(),
    secret: text("secret").notNull(),
    description: text("description"),
    active: boolean("active").notNull().default(true),
    // Set at a delivery's first failed attempt, cleared by any success: "failing continuously since".
    failingSince: tstz("failing_since"),
    disabledReason: text("disabled_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("webhook_subscriptions_tenant_idx").on(t.tenantId, t.id)],
);

export type DeliveryStatus = "queued" | "sent" | "failed";

// One row per (event, subscription) attempt series; the id is the receiver's idempotency key.
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    subscriptionId: text("subscription_id").notNull(),
    eventType: text("event_type").notNull(),
    eventId: text("event_id").notNull(),
    payload: jsonb("payload").notNull().$type<Record<string, unknown>>(),
    status: text("status").notNull().$type<DeliveryStatus>(),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    responseSnippet: text("response_snippet"),
    replayOf: text("replay_of"),
    createdAt: createdAt(),
    lastAttemptAt: tstz("last_attempt_at"),
    deliveredAt: tstz("delivered_at"),
  },
  (t) => [index("webhook_deliveries_subscription_idx").on(t.tenantId, t.subscriptionId, t.id.desc())],
);
