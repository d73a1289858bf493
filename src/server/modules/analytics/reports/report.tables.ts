import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import type { ReportDefinition } from "../../../../shared/api/analytics-reports.js";
import type { Role } from "../../../../shared/roles.js";
import { createdAt, tenantId, updatedAt } from "../../../platform/db/columns.js";

// Saved report-builder definitions: data, not code. Visible to their owner and to the users of the
// roles they are shared with; only the owner changes or deletes one.
export const analyticsReports = pgTable(
  "analytics_reports",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    definition: jsonb("definition").notNull().$type<ReportDefinition>(),
    sharedWith: text("shared_with").array().notNull().$type<Role[]>(),
    ownerId: text("owner_id").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("analytics_reports_tenant_idx").on(t.tenantId, t.name)],
);
