import { boolean, index, integer, jsonb, numeric, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { Entitlement } from "../../../shared/warranty.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// The last RMA number handed out per tenant (RMA-000001, …).
export const rmaCounters = pgTable("rma_counters", {
  tenantId: tenantId().primaryKey(),
  last: integer("last").notNull(),
});

// A repair, exchange or return order opened from a ticket, with its own state machine (rma-states.ts).
export const rmas = pgTable(
  "rmas",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    number: text("number").notNull(),
    ticketId: text("ticket_id").notNull(),
    ticketNumber: text("ticket_number").notNull(),
    customerId: text("customer_id").notNull(),
    unitId: text("unit_id").notNull(),
    unitSerial: text("unit_serial").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    // The engine's answer when the RMA was opened, and whether it allowed this kind.
    entitlement: jsonb("entitlement").notNull().$type<Entitlement>(),
    entitled: boolean("entitled").notNull(),
    overrideReason: text("override_reason"),
    overrideBy: text("override_by"),
    // QA sign-off (null until inspected): result, checklist, fault code, notes, signature, who, when.
    inspection: jsonb("inspection").$type<Record<string, unknown>>(),
    carrier: text("carrier"),
    trackingNo: text("tracking_no"),
    replacementSerial: text("replacement_serial"),
    refundAmount: numeric("refund_amount", { precision: 12, scale: 2 }),
    createdBy: text("created_by"),
    receivedAt: tstz("received_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("rmas_tenant_number_idx").on(t.tenantId, t.number),
    index("rmas_tenant_status_idx").on(t.tenantId, t.status, t.id),
    index("rmas_tenant_ticket_idx").on(t.tenantId, t.ticketId),
  ],
);

// Every step of an RMA with actor and time (GET /rmas/{id}).
export const rmaSteps = pgTable(
  "rma_steps",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    rmaId: text("rma_id").notNull(),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorId: text("actor_id"),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    at: tstz("at").notNull(),
  },
  (t) => [index("rma_steps_tenant_rma_idx").on(t.tenantId, t.rmaId, t.at)],
);
