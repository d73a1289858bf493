import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { CallbackSettings } from "../../../shared/api/callbacks.js";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

// The tenant's callback rules (one row; the defaults apply until an admin saves).
export const callbackSettings = pgTable("callback_settings", {
  tenantId: tenantId().primaryKey(),
  settings: jsonb("settings").notNull().$type<CallbackSettings>(),
  updatedBy: text("updated_by"),
  updatedAt: tstz("updated_at").notNull(),
});

// One 回访 task: a resolved ticket's customer to call back.
export const callbacks = pgTable(
  "callbacks",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    customerId: text("customer_id").notNull(),
    ticketType: text("ticket_type").notNull(),
    status: text("status").notNull().$type<"open" | "done" | "unreachable">(),
    dueAt: tstz("due_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    lastOutcome: text("last_outcome").$type<"no_answer" | "busy" | "wrong_number">(),
    result: text("result").$type<"fixed" | "not_fixed" | "complaint" | "auto_confirmed">(),
    score: integer("score"),
    // The caller's notes and a reopen's reason: staff's, never shown to the customer.
    note: text("note"),
    reason: text("reason"),
    complaintTicketId: text("complaint_ticket_id"),
    closedAt: tstz("closed_at"),
    closedBy: text("closed_by"),
    createdAt: createdAt(),
  },
  (t) => [
    // The queue: open callbacks by due time.
    index("callbacks_tenant_status_due_idx").on(t.tenantId, t.status, t.dueAt),
    // One open callback per ticket, however often it is resolved.
    uniqueIndex("callbacks_tenant_open_ticket_idx").on(t.tenantId, t.ticketId).where(sql`status = 'open'`),
  ],
);

export const callbackAttempts = pgTable(
  "callback_attempts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    callbackId: text("callback_id").notNull(),
    outcome: text("outcome").notNull().$type<"no_answer" | "busy" | "wrong_number">(),
    note: text("note"),
    byUser: text("by_user"),
    nextDueAt: tstz("next_due_at"),
    createdAt: createdAt(),
  },
  (t) => [index("callback_attempts_tenant_callback_idx").on(t.tenantId, t.callbackId, t.createdAt)],
);
