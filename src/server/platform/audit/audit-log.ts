import { createHash } from "node:crypto";
import { and, asc, count, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { newId } from "../ids.js";
import { auditHeads, auditLog } from "./audit.tables.js";

const GENESIS_HASH = "0".repeat(64);

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

// Writes one entry in the caller's transaction: a single INSERT that touches no shared row, so
// changes in one tenant never wait for each other here. The sealer chains it shortly after commit.
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<void> {
  const data = JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>;
  await tx.insert(auditLog).values({ ...input, id: newId("aud"), data });
}

export type AuditVerification = {
  ok: boolean;
  entries: number;
  // Committed entries the sealer has not chained yet (normally only the last second's).
  pending: number;
  firstBrokenAt?: number;
  reason?: string;
};

// Walks the sealed chain in seq order: an edited entry breaks its hash, a deleted one leaves a gap
// or a head that points past the end. Unsealed entries are counted, not judged: they have no hash yet.
export async function verifyAuditChain(db: Db, tenantId: string, batch = 2000): Promise<AuditVerification> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  const [unsealed] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), isNull(auditLog.seq)));
  const pending = unsealed?.n ?? 0;
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
        return { ok: false, entries, pending, firstBrokenAt: expectedSeq, reason: "missing" };
      const recomputed = entryHash({ ...row, seq: expectedSeq, prevHash });
      if (row.prevHash !== prevHash || recomputed !== row.hash) {
        return { ok: false, entries, pending, firstBrokenAt: expectedSeq, reason: "altered" };
      }
      prevHash = recomputed;
      expectedSeq++;
      entries++;
    }
    if (rows.length < batch) break;
  }
  if (head && (head.seq !== entries || head.hash !== prevHash)) {
    return { ok: false, entries, pending, firstBrokenAt: entries + 1, reason: "truncated" };
  }
  return { ok: true, entries, pending };
}

export async function listAuditTenants(db: Db): Promise<string[]> {
  return (await db.select({ tenantId: auditHeads.tenantId }).from(auditHeads)).map((r) => r.tenantId);
}
