import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt } from "../../platform/db/columns.js";
import type { RoutingSettings } from "./assignment.js";

// One row per tenant; absent means the defaults of assignment.ts.
export const routingSettings = pgTable("routing_settings", {
  tenantId: text("tenant_id").primaryKey(),
  settings: jsonb("settings").notNull().$type<RoutingSettings>(),
  updatedAt: updatedAt(),
});
