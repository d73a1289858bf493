import { createHash } from "node:crypto";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
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

// Key order must not matter: jsonb hands keys back in its own order.
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

export function entryHash(e: AuditEntryInput & { seq: number; prevHash: string }): string {
  const material = canonical([
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

export async function ensureAuditChain(tx: Db, tenantId: string): Promise<void> {
  await tx.insert(auditHeads).values({ tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
}

// Appends one entry to the tenant's chain inside the caller's transaction. The head row lock
// serialises appends per tenant, so seq has no gaps and every entry links to its predecessor.
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<{ seq: number; hash: string }> {
  const data = JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>;
  const [head] = await tx
    .update(auditHeads)
    .set({ seq: sql`${auditHeads.seq} + 1` })
    .where(eq(auditHeads.tenantId, input.tenantId))
    .returning({ seq: auditHeads.seq, prevHash: auditHeads.hash });
  if (!head) {
    await ensureAuditChain(tx, input.tenantId);
    return appendAudit(tx, input);
  }
  const entry = { ...input, data, seq: head.seq, prevHash: head.prevHash };
  const hash = entryHash(entry);
  await tx.insert(auditLog).values({ ...entry, hash });
  await tx.update(auditHeads).set({ hash }).where(eq(auditHeads.tenantId, input.tenantId));
  return { seq: entry.seq, hash };
}

export type AuditVerification = { ok: boolean; entries: number; firstBrokenAt?: number; reason?: string };

// Walks the chain in seq order: an edited entry breaks its hash, a deleted one leaves a gap or a
// head that points past the end.
export async function verifyAuditChain(db: Db, tenantId: string, batch = 2000): Promise<AuditVerification> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, expectedSeq - 1)))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { ok: false, entries, firstBrokenAt: expectedSeq, reason: "missing" };
      const recomputed = entryHash({ ...row, prevHash: row.prevHash });
      if (row.prevHash !== prevHash || recomputed !== row.hash) {
        return { ok: false, entries, firstBrokenAt: row.seq, reason: "altered" };
      }
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    if (rows.length < batch) break;
  }
  if (head && (head.seq !== entries || head.hash !== prevHash)) {
    return { ok: false, entries, firstBrokenAt: entries + 1, reason: "truncated" };
  }
  return { ok: true, entries };
}

export async function listAuditTenants(db: Db): Promise<string[]> {
  return (await db.select({ tenantId: auditHeads.tenantId }).from(auditHeads)).map((r) => r.tenantId);
}
