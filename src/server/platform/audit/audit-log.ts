import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import {
  canonicalJson,
  detailCommitment,
  type EntryOutline,
  ERASED,
  erasedCommitment,
  leafHashOf,
} from "../../../shared/audit-receipt.js";
import type { Db } from "../db/client.js";
import { newId } from "../ids.js";
import { auditHeads, auditLog } from "./audit.tables.js";

export const GENESIS_HASH = "0".repeat(64);

export type AuditEntryInput = {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  at: Date;
};

// The legacy per-entry chain hash, still written and checked alongside the Merkle tree.
export function entryHash(e: AuditEntryInput & { seq: number; prevHash: string }): string {
  const material = canonicalJson([
    e.tenantId,
    e.seq,
    e.at.toISOString(),
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.data,
    e.prevHash,
  ]);
  return createHash("sha256").update(material).digest("hex");
}

type StoredEntry = AuditEntryInput & { salt: string | null };

// What the tree commits to for an entry at `seq` (see src/shared/audit-receipt.ts).
export function entryOutline(e: StoredEntry, seq: number): EntryOutline {
  return {
    tenantId: e.tenantId,
    index: seq - 1,
    at: e.at.toISOString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    detail: detailCommitment({ salt: e.salt ?? "", actorId: e.actorId, data: e.data }),
  };
}

export const entryLeaf = (e: StoredEntry, seq: number) => leafHashOf(entryOutline(e, seq));

export async function ensureAuditChain(tx: Db, tenantId: string): Promise<void> {
  await tx
    .insert(auditHeads)
    .values({ tenantId, seq: 0, hash: GENESIS_HASH, frontier: [] })
    .onConflictDoNothing();
}

// Writes one entry in the caller's transaction: a single INSERT that touches no shared row, so
// changes in one tenant never wait for each other here. The sealer places it in the tree shortly
// after commit.
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<void> {
  await appendAudits(tx, [input]);
}

// Several entries in one INSERT (a group of ticket creations), each with its own id and salt.
export async function appendAudits(tx: Db, inputs: AuditEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((input) => ({
    ...input,
    id: newId("aud"),
    data: JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>,
    salt: randomBytes(16).toString("hex"),
  }));
  await tx.insert(auditLog).values(rows);
}

export async function listAuditTenants(db: Db): Promise<string[]> {
  return (
    await db.select({ tenantId: auditHeads.tenantId }).from(auditHeads).where(isNotNull(auditHeads.seq))
  ).map((r) => r.tenantId);
}

// For personal-data erasure: replaces a sealed entry's data by its commitment, keeping its leaf
// (and so every checkpoint, receipt and proof) valid. The legacy chain hash of the entry can no
// longer be recomputed; verification checks the leaf instead. Returns false when the entry is not
// sealed yet (erase after the sealer has run) or does not exist.
export async function eraseAuditData(tx: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, id)));
  if (!row || row.seq === null) return false;
  if (erasedCommitment(row.data)) return true;
  const commitment = detailCommitment({ salt: row.salt ?? "", actorId: row.actorId, data: row.data });
  await tx
    .update(auditLog)
    .set({ data: { [ERASED]: commitment } })
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, id)));
  return true;
}
