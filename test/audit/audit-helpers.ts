import { and, asc, eq, gt } from "drizzle-orm";
import { auditLog } from "../../src/server/platform/audit/audit.tables.js";
import { entryHash, entryLeaf, GENESIS_HASH } from "../../src/server/platform/audit/audit-log.js";
import { auditDeps, sealAuditLog } from "../../src/server/platform/audit/audit-sealer.js";
import { verifyAuditLog } from "../../src/server/platform/audit/audit-verify.js";
import { appendLeaves } from "../../src/server/platform/audit/merkle-tree.js";
import { type Hash, toHex } from "../../src/shared/merkle.js";
import type { World } from "../fixtures.js";
import type { Harness } from "../harness.js";

export const seal = (h: Harness) => sealAuditLog(auditDeps(h.services));
export const verify = (h: Harness, tenantId: string) => verifyAuditLog(auditDeps(h.services), tenantId);

// Changes that each seal in their own batch, so the tenant has many checkpoints, published too.
export async function activity(h: Harness, w: World, n: number, label = "c") {
  for (let i = 0; i < n; i++) {
    await w.post("/api/v1/customers", { name: `${label} ${i}`, kind: "person" });
    await seal(h);
  }
}

export async function treeSize(h: Harness, tenantId: string): Promise<number> {
  const [row] = await h.database.query<{ n: number }>(
    "select coalesce(max(seq), 0)::int as n from audit_log where tenant_id = $1",
    [tenantId],
  );
  return row?.n ?? 0;
}

// What a database administrator with our source code can do: recompute every stored hash
// (legacy chain, leaf hashes, head and its compact range) after changing entries, so that
// nothing inside the database gives the change away.
export async function recomputeEverything(h: Harness, tenantId: string): Promise<void> {
  const rows = await h.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, 0)))
    .orderBy(asc(auditLog.seq));
  let prev = GENESIS_HASH;
  let frontier: Hash[] = [];
  let size = 0;
  for (const row of rows) {
    const seq = row.seq as number;
    const hash = entryHash({ ...row, seq, prevHash: prev });
    const leaf = entryLeaf(row, seq);
    await h.database.query(
      "update audit_log set prev_hash = $3, hash = $4, leaf_hash = $5 where tenant_id = $1 and id = $2",
      [tenantId, row.id, prev, hash, toHex(leaf)],
    );
    ({ frontier, size } = appendLeaves(frontier, size, [leaf]));
    prev = hash;
  }
  await h.database.query(
    "update audit_heads set seq = $2, hash = $3, frontier = $4::jsonb where tenant_id = $1",
    [tenantId, size, prev, JSON.stringify(frontier.map(toHex))],
  );
}
