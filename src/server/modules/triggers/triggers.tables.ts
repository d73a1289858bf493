import { boolean, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId, updatedAt } from "../../platform/db/columns.js";
import type { TriggerAction, TriggerCondition } from "./engine.js";

export const triggers = pgTable(
  "triggers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    event: text("event").notNull().$type<"created" | "updated">(),
    position: integer("position").notNull(),
    active: boolean("active").notNull().default(true),
    match: text("match").notNull().$type<"all" | "any">(),
    conditions: jsonb("conditions").notNull().$type<TriggerCondition[]>(),
    actions: jsonb("actions").notNull().$type<TriggerAction[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("triggers_tenant_position_idx").on(t.tenantId, t.event, t.position)],
);
