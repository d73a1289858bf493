import {
  boolean,
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
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

export type ItemSource = "complaint" | "survey" | "alert" | "agent" | "customer";
export type ItemStatus = "open" | "in_cycle" | "done" | "dropped";

// A backlog item: one improvement idea, rated on the weighted matrix (1–5 per criterion).
export const improvementItems = pgTable(
  "improvement_items",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    source: text("source").notNull().$type<ItemSource>(),
    status: text("status").notNull().$type<ItemStatus>(),
    impact: integer("impact").notNull(),
    cost: integer("cost").notNull(),
    difficulty: integer("difficulty").notNull(),
    strategicFit: integer("strategic_fit").notNull(),
    raisedBy: text("raised_by"),
    // The KANO question pair and the public answer link (random; null until a manager opens it).
    kanoFunctional: text("kano_functional"),
    kanoDysfunctional: text("kano_dysfunctional"),
    kanoToken: text("kano_token"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("improvement_items_tenant_created_idx").on(t.tenantId, t.createdAt),
    uniqueIndex("improvement_items_kano_token_idx").on(t.kanoToken),
  ],
);

export type EvidenceKind = "ticket" | "complaint" | "survey_response" | "alert" | "kpi";

// What an item rests on: another module's object by id (read through that module when shown), or
// a KPI over a period.
export const improvementEvidence = pgTable(
  "improvement_evidence",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    itemId: text("item_id").notNull(),
    kind: text("kind").notNull().$type<EvidenceKind>(),
    ref: text("ref").notNull(),
    periodFrom: date("period_from", { mode: "string" }),
    periodTo: date("period_to", { mode: "string" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("improvement_evidence_tenant_item_idx").on(t.tenantId, t.itemId)],
);

// The tenant's matrix weights (a missing row: the defaults).
export const improvementWeights = pgTable("improvement_weights", {
  tenantId: tenantId().primaryKey(),
  weights: jsonb("weights").notNull().$type<Record<string, number>>(),
  updatedBy: text("updated_by"),
  updatedAt: updatedAt(),
});

// One KANO answer pair, from the public link or entered by staff.
export const kanoAnswers = pgTable(
  "improvement_kano_answers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    itemId: text("item_id").notNull(),
    functional: text("functional").notNull(),
    dysfunctional: text("dysfunctional").notNull(),
    via: text("via").notNull().$type<"link" | "staff">(),
    enteredBy: text("entered_by"),
    createdAt: createdAt(),
  },
  (t) => [index("improvement_kano_answers_tenant_item_idx").on(t.tenantId, t.itemId)],
);

// A PDCA cycle on one item. The check's numbers are kept as computed when it entered check.
export const pdcaCycles = pgTable(
  "improvement_cycles",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    itemId: text("item_id").notNull(),
    iteration: integer("iteration").notNull(),
    phase: text("phase").notNull(),
    ownerId: text("owner_id").notNull(),
    kpiId: text("kpi_id").notNull(),
    targetValue: doublePrecision("target_value").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    windowDays: integer("window_days").notNull(),
    planStartedOn: date("plan_started_on", { mode: "string" }).notNull(),
    doEndedOn: date("do_ended_on", { mode: "string" }),
    check: jsonb("check").$type<{
      before: { from: string; to: string; value: number | null };
      after: { from: string; to: string; value: number | null };
      days: number;
    }>(),
    decision: text("decision").$type<"standardise" | "iterate">(),
    articleId: text("article_id"),
    nextCycleId: text("next_cycle_id"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("improvement_cycles_tenant_item_idx").on(t.tenantId, t.itemId),
    index("improvement_cycles_tenant_due_idx").on(t.tenantId, t.dueDate),
  ],
);

export const pdcaTasks = pgTable(
  "improvement_cycle_tasks",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    cycleId: text("cycle_id").notNull(),
    title: text("title").notNull(),
    ownerId: text("owner_id"),
    done: boolean("done").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("improvement_cycle_tasks_tenant_cycle_idx").on(t.tenantId, t.cycleId)],
);

// Every phase move, written with its audit entry in one transaction.
export const pdcaHistory = pgTable(
  "improvement_cycle_history",
  {
    tenantId: tenantId(),
    cycleId: text("cycle_id").notNull(),
    seq: integer("seq").notNull(),
    fromPhase: text("from_phase"),
    toPhase: text("to_phase").notNull(),
    actorId: text("actor_id"),
    note: text("note"),
    at: tstz("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.cycleId, t.seq] })],
);
