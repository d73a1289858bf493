import { and, desc, eq, lt } from "drizzle-orm";
import { BUNDLE_FORMAT, type CheckpointBundle } from "../../../shared/audit-bundle.js";
import type { EntryProof } from "../../../shared/audit-receipt.js";
import { toHex } from "../../../shared/merkle.js";
import { auditCheckpoints, auditLog } from "./audit.tables.js";
import { entryLeaf, entryOutline } from "./audit-log.js";
import { newestCheckpoint, storedTree } from "./audit-receipts.js";
import type { AuditDeps } from "./audit-sealer.js";
import { consistencyProof, inclusionProof } from "./merkle-tree.js";

// The newest `limit` signed checkpoints, oldest first, each with the consistency proof from the
// one before it (see src/shared/audit-bundle.ts). Checkpoints of the same size carry no proof.
export async function checkpointBundle(
  d: AuditDeps,
  tenantId: string,
  limit: number,
): Promise<CheckpointBundle> {
  const rows = (
    await d.db
      .select({ treeSize: auditCheckpoints.treeSize, note: auditCheckpoints.note })
      .from(auditCheckpoints)
      .where(eq(auditCheckpoints.tenantId, tenantId))
      .orderBy(desc(auditCheckpoints.treeSize), desc(auditCheckpoints.signedAt))
      .limit(limit)
  ).reverse();
  const tree = storedTree(d.db, tenantId);
  const checkpoints = await Promise.all(
    rows.map(async (row, i) => {
      const before = rows[i - 1];
      const proof = before ? await consistencyProof(tree, before.treeSize, row.treeSize) : [];
      return { note: row.note, proofFromPrevious: proof.map(toHex) };
    }),
  );
  return { format: BUNDLE_FORMAT, publicKey: d.signer.verifierKey, checkpoints };
}

// One sealed entry with its inclusion proof to the newest checkpoint that holds it, and its
// details (auditors and admins may open every commitment). "unsealed" while the sealer has not
// placed it or no checkpoint covers it yet; null when the tenant has no such entry.
export async function entryProof(
  d: AuditDeps,
  tenantId: string,
  id: string,
): Promise<EntryProof | "unsealed" | null> {
  const [row] = await d.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, id)));
  if (!row) return null;
  const checkpoint = await newestCheckpoint(d.db, tenantId);
  const seq = row.seq;
  if (seq === null || !checkpoint || checkpoint.treeSize < seq) return "unsealed";
  const { tenantId: _t, ...outline } = entryOutline(row, seq);
  const proof = await inclusionProof(storedTree(d.db, tenantId), seq - 1, checkpoint.treeSize);
  return {
    format: "aftercare.audit.entry-proof/1",
    checkpoint: checkpoint.note,
    publicKey: d.signer.verifierKey,
    entry: {
      ...outline,
      leafHash: toHex(entryLeaf(row, seq)),
      proof: proof.map(toHex),
      details: { salt: row.salt ?? "", actorId: row.actorId, data: row.data },
    },
  };
}

// Signed checkpoints newest first (ids are time-ordered, and so is the sealing), for the audit
// screen's list.
export async function listCheckpoints(d: AuditDeps, tenantId: string, limit: number, beforeId?: string) {
  return d.db
    .select({
      id: auditCheckpoints.id,
      treeSize: auditCheckpoints.treeSize,
      rootHash: auditCheckpoints.rootHash,
      signedAt: auditCheckpoints.signedAt,
      note: auditCheckpoints.note,
    })
    .from(auditCheckpoints)
    .where(
      and(eq(auditCheckpoints.tenantId, tenantId), beforeId ? lt(auditCheckpoints.id, beforeId) : undefined),
    )
    .orderBy(desc(auditCheckpoints.id))
    .limit(limit);
}
