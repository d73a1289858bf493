import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { updatedAt } from "../../platform/db/columns.js";

// Per-tenant retention rules (src/shared/retention.ts); no row: keep everything.
export const retentionSettings = pgTable("retention_settings", {
  tenantId: text("tenant_id").primaryKey(),
  closedTicketMonths: integer("closed_ticket_months"),
  attachmentMonths: integer("attachment_months"),
  updatedAt: updatedAt(),
});
