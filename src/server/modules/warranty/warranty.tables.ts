import { date, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
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
