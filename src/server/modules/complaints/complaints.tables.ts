import { index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ApprovalLimits, MajorRules } from "../../../shared/complaints.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// The tenant's complaint policy: what makes a complaint major, approval limits per role, and who
// is the service manager a major complaint goes to (null: the first active supervisor).
export const complaintSettings = pgTable("complaint_settings", {
  tenantId: tenantId().primaryKey(),
  majorRules: jsonb("major_rules").notNull().$type<MajorRules>(),
  approvalLimits: jsonb("approval_limits").notNull().$type<ApprovalLimits>(),
  serviceManagerId: text("service_manager_id"),
  updatedAt: updatedAt(),
});

// One user's own approval limit, set by the admin (null: no limit); it replaces their role's.
export const complaintApprovalLimits = pgTable(
  "complaint_approval_limits",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    limit: numeric("limit", { precision: 12, scale: 2 }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

// The record every ticket of type complaint carries, with its resolution plan and its approval.
export const complaints = pgTable(
  "complaints",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    ticketNumber: text("ticket_number").notNull(),
    customerId: text("customer_id").notNull(),
    unitId: text("unit_id"),
    productId: text("product_id"),
    // The ticket the complaint was raised from (null: it came in as a complaint).
    originTicketId: text("origin_ticket_id"),
    originTicketNumber: text("origin_ticket_number"),
    sourceChannel: text("source_channel").notNull(),
    nature: text("nature").notNull(),
    severity: text("severity").notNull(),
    majorReasons: jsonb("major_reasons").notNull().$type<{ reason: string; detail?: string }[]>(),
    amountInvolved: numeric("amount_involved", { precision: 12, scale: 2 }),
    status: text("status").notNull(),
    escalatedTo: text("escalated_to"),
    escalatedAt: tstz("escalated_at"),
    // The resolution plan (staff only): root cause, compensation, corrective action, accountability.
    rootCause: text("root_cause"),
    compensationKind: text("compensation_kind"),
    compensationAmount: numeric("compensation_amount", { precision: 12, scale: 2 }),
    correctiveAction: text("corrective_action"),
    improvementRef: text("improvement_ref"),
    accountableWho: text("accountable_who"),
    accountableWhat: text("accountable_what"),
    planBy: text("plan_by"),
    planAt: tstz("plan_at"),
    approvedBy: text("approved_by"),
    approvedAt: tstz("approved_at"),
    rejectedBy: text("rejected_by"),
    rejectedAt: tstz("rejected_at"),
    rejectionReason: text("rejection_reason"),
    compensationExecutedAt: tstz("compensation_executed_at"),
    correctiveDoneAt: tstz("corrective_done_at"),
    executionNote: text("execution_note"),
    // The customer's answer: satisfied (confirmed), not_satisfied (rejected, reopened), no_answer
    // (the ticket closed by itself).
    satisfaction: text("satisfaction"),
    reopenCount: integer("reopen_count").notNull().default(0),
    reopenReason: text("reopen_reason"),
    closedAt: tstz("closed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("complaints_tenant_ticket_idx").on(t.tenantId, t.ticketId),
    index("complaints_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id),
    index("complaints_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
  ],
);

// Other departments pulled into a complaint (R&D, purchasing, logistics): one task each, for a
// staff member or a team, with its own deadline.
export const complaintParticipants = pgTable(
  "complaint_participants",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    complaintId: text("complaint_id").notNull(),
    department: text("department").notNull(),
    userId: text("user_id"),
    teamId: text("team_id"),
    task: text("task").notNull(),
    dueAt: tstz("due_at").notNull(),
    doneAt: tstz("done_at"),
    doneBy: text("done_by"),
    doneNote: text("done_note"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("complaint_participants_tenant_complaint_idx").on(t.tenantId, t.complaintId),
    index("complaint_participants_tenant_user_idx").on(t.tenantId, t.userId, t.doneAt),
  ],
);
