import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from "drizzle-orm/pg-core";
import type { ESCALATION_SOURCES, SlaMetric, TargetStatus } from "../../../shared/api/sla.js";
import type { Hours, Weekday } from "../../../shared/business-hours.js";
import type { CustomerTier, Priority, TicketStatus, TicketType } from "../../../shared/domain.js";
import type { Role } from "../../../shared/roles.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

export type { SlaMetric };

export type EscalationStep = {
  level: number;
  afterMinutes: number;
  notifyRoles?: Role[];
  assignTo?: string;
};
export type PolicyMatch = { priority?: Priority; tier?: CustomerTier; type?: TicketType };

export const slaCalendars = pgTable(
  "sla_calendars",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    timezone: text("timezone").notNull(),
    weekly: jsonb("weekly").notNull().$type<Record<Weekday, Hours>>(),
    overrides: jsonb("overrides").notNull().$type<{ date: string; hours: Hours }[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("sla_calendars_tenant_idx").on(t.tenantId, t.createdAt)],
);

export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    calendarId: text("calendar_id").notNull(),
    match: jsonb("match").notNull().$type<PolicyMatch>(),
    firstResponseMinutes: integer("first_response_minutes").notNull(),
    nextResponseMinutes: integer("next_response_minutes"),
    resolutionMinutes: integer("resolution_minutes").notNull(),
    warnAtPercent: integer("warn_at_percent").notNull().default(80),
    pauseOn: text("pause_on").array().notNull().$type<TicketStatus[]>().default(sql`'{}'::text[]`),
    escalation: jsonb("escalation").notNull().$type<EscalationStep[]>(),
    goldenChannel: boolean("golden_channel").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: tstz("deleted_at"),
  },
  (t) => [index("sla_policies_tenant_idx").on(t.tenantId, t.createdAt)],
);

// One clock per ticket and metric. Business time counted so far is elapsed_ms plus whatever ran since
// running_since; generation changes whenever the clock is rescheduled, so stale timers do nothing.
export const slaTargets = pgTable(
  "sla_targets",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    metric: text("metric").notNull().$type<SlaMetric>(),
    policyId: text("policy_id").notNull(),
    calendarId: text("calendar_id").notNull(),
    budgetMs: bigint("budget_ms", { mode: "number" }).notNull(),
    elapsedMs: doublePrecision("elapsed_ms").notNull().default(0),
    runningSince: tstz("running_since"),
    dueAt: tstz("due_at"),
    status: text("status").notNull().$type<TargetStatus>(),
    warnedAt: tstz("warned_at"),
    breachedAt: tstz("breached_at"),
    completedAt: tstz("completed_at"),
    generation: integer("generation").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ticketId, t.metric] }),
    index("sla_targets_tenant_status_idx").on(t.tenantId, t.status, t.dueAt),
    index("sla_targets_tenant_created_idx").on(t.tenantId, t.createdAt),
  ],
);

export const slaPauses = pgTable(
  "sla_pauses",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    status: text("status").notNull().$type<TicketStatus>(),
    fromAt: tstz("from_at").notNull(),
    toAt: tstz("to_at"),
  },
  (t) => [index("sla_pauses_ticket_idx").on(t.tenantId, t.ticketId, t.fromAt)],
);

export const slaEscalations = pgTable(
  "sla_escalations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    level: integer("level").notNull(),
    source: text("source").notNull().$type<(typeof ESCALATION_SOURCES)[number]>(),
    assignedTo: text("assigned_to"),
    notifyRoles: text("notify_roles").array().notNull().$type<Role[]>().default(sql`'{}'::text[]`),
    deadlineAt: tstz("deadline_at"),
    at: tstz("at").notNull(),
  },
  (t) => [index("sla_escalations_ticket_idx").on(t.tenantId, t.ticketId, t.at)],
);
