import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, primaryKey, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantId, tstz } from "../db/columns.js";

// Append-only. A change writes its entry with nothing but an id in its own transaction; the sealer
// then gives it the tenant's next position (seq), links it into the legacy hash chain (prev_hash,
// hash) and appends its RFC 6962 leaf (leaf_hash) to the tenant's Merkle tree.
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
    // Salt of the commitment to actor and data (see src/shared/audit-receipt.ts); null for entries
    // written before the Merkle tree existed (committed with an empty salt).
    salt: text("salt"),
    leafHash: text("leaf_hash"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("audit_log_chain").on(t.tenantId, t.seq),
    index("audit_log_unsealed").on(t.tenantId, t.id).where(sql`${t.seq} is null`),
  ],
);

// Each tenant's tip; only the sealer moves it. `frontier` is the tree's compact range (the roots
// of its perfect subtrees, largest first): enough to append leaves and compute the new root
// without reading old leaves. Null for a tree not yet built from entries sealed before it existed.
export const auditHeads = pgTable("audit_heads", {
  tenantId: text("tenant_id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  frontier: jsonb("frontier").$type<string[]>(),
  sealerError: text("sealer_error"),
  sealerErrorAt: tstz("sealer_error_at"),
});

// Perfect subtrees of 2^level leaves (level ≥ 4) by position, so a proof reads O(log n) rows
// instead of every leaf.
export const auditTreeNodes = pgTable(
  "audit_tree_nodes",
  {
    tenantId: tenantId(),
    level: smallint("level").notNull(),
    idx: bigint("idx", { mode: "number" }).notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.level, t.idx] })],
);

// Every signed checkpoint the sealer made (also published outside the database).
export const auditCheckpoints = pgTable(
  "audit_checkpoints",
  {
    tenantId: tenantId(),
    id: text("id").notNull(),
    treeSize: bigint("tree_size", { mode: "number" }).notNull(),
    rootHash: text("root_hash").notNull(),
    signedAt: tstz("signed_at").notNull(),
    note: text("note").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("audit_checkpoints_size").on(t.tenantId, t.treeSize),
  ],
);
