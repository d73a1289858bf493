import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantId, tstz } from "../db/columns.js";

// Append-only. A change writes its entry with nothing but an id in its own transaction; the sealer
// then links entries into the tenant's hash chain (seq, prev_hash, hash) in the order it meets
// them, so concurrent writers never queue on the chain's tip.
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: tenantId(),
    id: text("id").notNull(),
    seq: bigint("seq", { mode: "number" }),
    at: tstz("at").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("audit_log_chain").on(t.tenantId, t.seq),
    index("audit_log_unsealed").on(t.tenantId, t.id).where(sql`${t.seq} is null`),
  ],
);

// Each chain's tip; only the sealer moves it.
export const auditHeads = pgTable("audit_heads", {
  tenantId: text("tenant_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});
