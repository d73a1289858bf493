import { boolean, date, index, integer, jsonb, numeric, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId, updatedAt } from "../../platform/db/columns.js";

// A tenant's 三包 settings: extra categories, longer periods and the configurable points, as the
// engine's override document (ruleBookFor). One row per tenant; no row = the legal defaults.
export const warrantySettings = pgTable("warranty_settings", {
  tenantId: tenantId().primaryKey(),
  overrides: jsonb("overrides").notNull().$type<Record<string, unknown>>(),
  updatedBy: text("updated_by"),
  updatedAt: updatedAt(),
});

// A unit's service history as the 三包 rules count it: each repair with its days in repair and
// waiting for parts (they extend the period, and two repairs open an exchange). Written by the
// RMA module through this module's commands, so warranty never needs to know RMAs.
export const unitRepairs = pgTable(
  "unit_repairs",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    unitId: text("unit_id").notNull(),
    start: date("start", { mode: "string" }).notNull(),
    end: date("end", { mode: "string" }),
    problem: text("problem"),
    waitingPartsDays: integer("waiting_parts_days").notNull().default(0),
    delayCause: text("delay_cause"),
    replaced: text("replaced"),
    // What recorded it (an RMA id), for the unit page.
    source: text("source"),
    createdAt: createdAt(),
  },
  (t) => [index("unit_repairs_tenant_unit_idx").on(t.tenantId, t.unitId, t.start)],
);

// A paid extended-warranty plan the tenant sells: so many months beyond the legal period, for the
// 三包 categories listed. The engine grants free repair under it once the legal period is over.
export const warrantyPlans = pgTable("warranty_plans", {
  id: text("id").primaryKey(),
  tenantId: tenantId(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  months: integer("months").notNull(),
  price: numeric("price", { precision: 12, scale: 2 }).notNull(),
  terms: text("terms").notNull(),
  categories: jsonb("categories").notNull().$type<string[]>(),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// A plan sold for a unit: its cover (from the day after the legal period to the end), the price
// paid and who sold it. The name is kept as sold, so renaming the plan later changes no basis.
export const unitPlans = pgTable(
  "unit_plans",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    unitId: text("unit_id").notNull(),
    planId: text("plan_id").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    startsAt: date("starts_at", { mode: "string" }).notNull(),
    endsAt: date("ends_at", { mode: "string" }).notNull(),
    price: numeric("price", { precision: 12, scale: 2 }).notNull(),
    soldBy: text("sold_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("unit_plans_tenant_unit_idx").on(t.tenantId, t.unitId, t.endsAt)],
);
