import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { z } from "zod";
import type {
  ALERT_DETECTORS,
  ALERT_DIMENSIONS,
  ALERT_KPIS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  ZAlertEvidence,
} from "../../../../shared/api/alerts.js";
import type { StaffRole } from "../../../../shared/roles.js";
import { createdAt, tenantId, tstz } from "../../../platform/db/columns.js";

// A tenant's alert rules: which KPI of which dimension, judged how, told to whom, when not.
export const analyticsAlertRules = pgTable(
  "analytics_alert_rules",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    // The name for English readers (null: the one name serves both languages).
    nameEn: text("name_en"),
    kpi: text("kpi").notNull().$type<(typeof ALERT_KPIS)[number]>(),
    dimension: text("dimension").notNull().$type<(typeof ALERT_DIMENSIONS)[number]>(),
    detector: text("detector").notNull().$type<(typeof ALERT_DETECTORS)[number]>(),
    sensitivity: doublePrecision("sensitivity").notNull(),
    minVolume: integer("min_volume").notNull(),
    roles: text("roles").array().notNull().$type<StaffRole[]>(),
    userIds: text("user_ids").array().notNull(),
    // A region rule also tells the managers of the alert's region (resolved at delivery).
    regionManagers: boolean("region_managers").notNull().default(false),
    quietStart: text("quiet_start"),
    quietEnd: text("quiet_end"),
    cooldownHours: integer("cooldown_hours").notNull(),
    severity: text("severity").notNull().$type<(typeof ALERT_SEVERITIES)[number]>(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("analytics_alert_rules_tenant_idx").on(t.tenantId, t.createdAt)],
);

// What a rule found: one row per rule × subject × day (the unique key makes a second evaluation,
// in this process or another, a no-op), held until `deliver_at` when found in quiet hours.
export const analyticsAlerts = pgTable(
  "analytics_alerts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ruleId: text("rule_id").notNull(),
    // The rule's KPI and dimension when it fired (the alert outlives a changed or deleted rule).
    kpi: text("kpi").notNull().$type<(typeof ALERT_KPIS)[number]>(),
    dimension: text("dimension").notNull().$type<(typeof ALERT_DIMENSIONS)[number]>(),
    // "<dimension>:<key>", e.g. "product:prd_1" or "model:prd_1:AQ2025003".
    subject: text("subject").notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    // The same in English (null on alerts raised before labels were kept in both languages).
    labelEn: text("label_en"),
    day: date("day", { mode: "string" }).notNull(),
    severity: text("severity").notNull().$type<(typeof ALERT_SEVERITIES)[number]>(),
    evidence: jsonb("evidence").notNull().$type<z.infer<typeof ZAlertEvidence>>(),
    status: text("status").notNull().$type<(typeof ALERT_STATUSES)[number]>(),
    raisedAt: tstz("raised_at").notNull(),
    deliverAt: tstz("deliver_at").notNull(),
    deliveredAt: tstz("delivered_at"),
  },
  (t) => [
    uniqueIndex("analytics_alerts_subject_day_idx").on(t.tenantId, t.ruleId, t.subject, t.day),
    index("analytics_alerts_tenant_raised_idx").on(t.tenantId, t.raisedAt),
    index("analytics_alerts_held_idx").on(t.tenantId, t.status, t.deliverAt),
  ],
);
