import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { CardKpi, ScorecardRole } from "../../../../shared/api/scorecards.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../../platform/db/columns.js";

// People (seed 001 §4.2): scorecards read from analytics' own rollups, so they live with analytics
// and, like the review reports, keep their own tables.

// A tenant's weights per scorecard role (the shared defaults until an admin saves some).
export const analyticsScorecardWeights = pgTable(
  "analytics_scorecard_weights",
  {
    tenantId: tenantId(),
    role: text("role").notNull().$type<ScorecardRole>(),
    weights: jsonb("weights").notNull().$type<Record<string, number>>(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.role] })],
);

// A month's scorecard of a person or a team, stored with the values, targets and weights it was
// computed with: a later change of targets or weights leaves history as it was.
export const analyticsScorecards = pgTable(
  "analytics_scorecards",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    period: text("period").notNull(),
    role: text("role").notNull().$type<ScorecardRole>(),
    subjectId: text("subject_id").notNull(),
    subjectName: text("subject_name").notNull(),
    volume: integer("volume").notNull(),
    score: doublePrecision("score"),
    categories: jsonb("categories").notNull().$type<Record<string, number | null>>(),
    kpis: jsonb("kpis").notNull().$type<CardKpi[]>(),
    computedAt: tstz("computed_at").notNull(),
  },
  (t) => [
    uniqueIndex("analytics_scorecards_subject_idx").on(t.tenantId, t.period, t.subjectId),
    index("analytics_scorecards_subject_history_idx").on(t.tenantId, t.subjectId, t.period),
  ],
);

// Service stars: the winners of a month per role, as picked (rank 1 = best).
export const analyticsServiceAwards = pgTable(
  "analytics_service_awards",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    period: text("period").notNull(),
    role: text("role").notNull().$type<"agent" | "technician">(),
    rank: integer("rank").notNull(),
    userId: text("user_id").notNull(),
    userName: text("user_name").notNull(),
    scorecardId: text("scorecard_id").notNull(),
    score: doublePrecision("score").notNull(),
    volume: integer("volume").notNull(),
    minVolume: integer("min_volume").notNull(),
    awardedBy: text("awarded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("analytics_service_awards_rank_idx").on(t.tenantId, t.period, t.role, t.rank),
    index("analytics_service_awards_user_idx").on(t.tenantId, t.userId),
  ],
);

// A coaching plan for a person below target, opened from one of their scorecards.
export const analyticsCoachingPlans = pgTable(
  "analytics_coaching_plans",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    userName: text("user_name").notNull(),
    scorecardId: text("scorecard_id").notNull(),
    period: text("period").notNull(),
    status: text("status").notNull().$type<"open" | "closed">().default("open"),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    openedBy: text("opened_by").notNull(),
    openedByName: text("opened_by_name").notNull(),
    outcome: text("outcome").$type<"improved" | "partly_improved" | "not_improved">(),
    outcomeNote: text("outcome_note").notNull().default(""),
    closedOn: date("closed_on", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("analytics_coaching_plans_user_idx").on(t.tenantId, t.userId, t.status)],
);

export const analyticsCoachingGoals = pgTable(
  "analytics_coaching_goals",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    planId: text("plan_id").notNull(),
    kpi: text("kpi").notNull(),
    target: doublePrecision("target").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("analytics_coaching_goals_plan_idx").on(t.tenantId, t.planId)],
);

export const analyticsCoachingSessions = pgTable(
  "analytics_coaching_sessions",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    planId: text("plan_id").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    notes: text("notes").notNull(),
    actions: text("actions").notNull().default(""),
    byName: text("by_name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("analytics_coaching_sessions_plan_idx").on(t.tenantId, t.planId)],
);
