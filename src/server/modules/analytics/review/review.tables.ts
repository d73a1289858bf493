import { sql } from "drizzle-orm";
import { boolean, date, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ReviewCommentary, ReviewKind } from "../../../../shared/api/review-reports.js";
import type { Role } from "../../../../shared/roles.js";
import { createdAt, tenantId, updatedAt } from "../../../platform/db/columns.js";

// The monthly and half-yearly service reviews (seed 001 §6.1.2): one row per tenant and period, the
// figures read from the rollups whenever the report is rendered; the managers' commentary is kept.
export const analyticsReviewReports = pgTable(
  "analytics_review_reports",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    kind: text("kind").notNull().$type<ReviewKind>(),
    period: text("period").notNull(),
    fromDay: date("from_day", { mode: "string" }).notNull(),
    toDay: date("to_day", { mode: "string" }).notNull(),
    commentary: jsonb("commentary").notNull().$type<ReviewCommentary>().default(sql`'{}'::jsonb`),
    // Null when the schedule made it.
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("analytics_review_reports_period_idx").on(t.tenantId, t.kind, t.period)],
);

// Which reviews the schedule makes and mails, and to which roles.
export const analyticsReviewSettings = pgTable(
  "analytics_review_settings",
  {
    tenantId: tenantId(),
    monthly: boolean("monthly").notNull().default(true),
    halfYearly: boolean("half_yearly").notNull().default(true),
    roles: text("roles").array().notNull().$type<Role[]>(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] })],
);
