import { and, asc, between, desc, eq, isNotNull, lte } from "drizzle-orm";
import type { AuditReceipt, ConsistencyProof, ReceiptEntry } from "../../../shared/audit-receipt.js";
import { fromHex, toHex } from "../../../shared/merkle.js";
import type { Db } from "../db/client.js";
import { auditCheckpoints, auditLog, auditTreeNodes } from "./audit.tables.js";
import { entryLeaf, entryOutline } from "./audit-log.js";
import type { AuditDeps } from "./audit-sealer.js";
import { consistencyProof, inclusionProof, storedSource, type TreeSource } from "./merkle-tree.js";

// Reads a tenant's tree through its stored subtrees and leaf hashes: a proof touches
// O(log n) node rows and at most 2 × 16 leaves, whatever the size of the tree.
export function storedTree(db: Db, tenantId: string): TreeSource {
  return storedSource({
    async node(level, idx) {
      const [row] = await db
        .select({ hash: auditTreeNodes.hash })
        .from(auditTreeNodes)
        .where(
          and(
            eq(auditTreeNodes.tenantId, tenantId),
            eq(auditTreeNodes.level, level),
            eq(auditTreeNodes.idx, idx),
          ),
        );
      return row ? fromHex(row.hash) : undefined;
    },
    async leaves(start, end) {
      const rows = await db
        .select({ seq: auditLog.seq, leafHash: auditLog.leafHash })
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, tenantId), between(auditLog.seq, start + 1, end)))
        .orderBy(asc(auditLog.seq));
      return rows.filter((r) => r.leafHash).map((r) => fromHex(r.leafHash as string));
    },
  });
}

export async function newestCheckpoint(db: Db, tenantId: string) {
  const [row] = await db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.tenantId, tenantId))
    .orderBy(desc(auditCheckpoints.treeSize), desc(auditCheckpoints.signedAt))
    .limit(1);
  return row;
}

// A receipt for one ticket's sealed entries: their outlines, inclusion proofs to the newest
// signed checkpoint, the checkpoint and our public key. `withDetails` (staff only) also opens
// each entry's detail commitment; customers get the commitment alone, never staff-only data.
export async function ticketReceipt(
  d: AuditDeps,
  tenantId: string,
  ticketId: string,
  withDetails: boolean,
): Promise<AuditReceipt | null> {
  const checkpoint = await newestCheckpoint(d.db, tenantId);
  if (!checkpoint) return null;
  const rows = await d.db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        eq(auditLog.entityType, "ticket"),
        eq(auditLog.entityId, ticketId),
        isNotNull(auditLog.seq),
        lte(auditLog.seq, checkpoint.treeSize),
      ),
    )
    .orderBy(asc(auditLog.seq));
  const tree = storedTree(d.db, tenantId);
  const entries: ReceiptEntry[] = [];
  for (const row of rows) {
    const seq = row.seq as number;
    const { tenantId: _t, ...outline } = entryOutline(row, seq);
    const proof = await inclusionProof(tree, seq - 1, checkpoint.treeSize);
    entries.push({
      ...outline,
      leafHash: toHex(entryLeaf(row, seq)),
      proof: proof.map(toHex),
      ...(withDetails ? { details: { salt: row.salt ?? "", actorId: row.actorId, data: row.data } } : {}),
    });
  }
  return {
    format: "aftercare.audit.receipt/1",
    ticketId,
    checkpoint: checkpoint.note,
    publicKey: d.signer.verifierKey,
    entries,
  };
}

// Proof that the newest signed tree extends the tree of `fromSize` entries; null when there is no
// checkpoint yet, "beyond" when fromSize is larger than the newest tree.
export async function consistencyToNewest(
  d: AuditDeps,
  tenantId: string,
  fromSize: number,
): Promise<ConsistencyProof | { beyond: number } | null> {
  const checkpoint = await newestCheckpoint(d.db, tenantId);
  if (!checkpoint) return null;
  if (fromSize > checkpoint.treeSize) return { beyond: checkpoint.treeSize };
  const proof = await consistencyProof(storedTree(d.db, tenantId), fromSize, checkpoint.treeSize);
  return { checkpoint: checkpoint.note, fromSize, proof: proof.map(toHex) };
}
