import { index, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

export type VocAlertKind = "complaint_spike" | "negative_sentiment" | "watch_word";

// A crisis early warning for the tenant's managers, with the tickets behind it.
export const vocAlerts = pgTable(
  "voc_alerts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    kind: text("kind").notNull().$type<VocAlertKind>(),
    // What raised it, once: "spike:product:<id>:<day>", "message:<id>", "survey:<response id>".
    sourceKey: text("source_key").notNull(),
    // A spike's dimension (product / outlet / fault) and key; null for a message's alert.
    dimension: text("dimension"),
    dimensionKey: text("dimension_key"),
    label: text("label").notNull(),
    details: jsonb("details").notNull().$type<Record<string, unknown>>(),
    ticketIds: text("ticket_ids").array().notNull(),
    status: text("status").notNull().$type<"open" | "acknowledged">(),
    acknowledgedAt: tstz("acknowledged_at"),
    acknowledgedBy: text("acknowledged_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("voc_alerts_tenant_source_idx").on(t.tenantId, t.sourceKey),
    index("voc_alerts_tenant_status_idx").on(t.tenantId, t.status, t.createdAt),
  ],
);
