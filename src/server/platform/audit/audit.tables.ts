import { bigint, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantId, tstz } from "../db/columns.js";

// Append-only, hash-chained per tenant; audit_heads holds each chain's tip and serialises appends.
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: tenantId(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    at: tstz("at").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] })],
);

export const auditHeads = pgTable("audit_heads", {
  tenantId: text("tenant_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});
