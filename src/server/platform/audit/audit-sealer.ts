import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { auditHeads, auditLog } from "./audit.tables.js";
import { ensureAuditChain, entryHash } from "./audit-log.js";

// Links a tenant's unsealed entries into its chain, oldest id first. One sealer per tenant at a
// time (the head row is locked; a second instance skips it), so the chain never forks. An entry
// whose transaction commits after a batch was read is simply sealed by the next batch: the
// chain's order is the order of sealing, which the seq column records.
async function sealTenant(db: Db, tenantId: string, batch = 1000): Promise<number> {
  return db.transaction(async (tx) => {
    await ensureAuditChain(tx, tenantId);
    const [head] = await tx
      .select()
      .from(auditHeads)
      .where(eq(auditHeads.tenantId, tenantId))
      .for("update", { skipLocked: true });
    if (!head) return 0;
    const pending = await tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), isNull(auditLog.seq)))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (pending.length === 0) return 0;
    let { seq, hash: prevHash } = head;
    const sealed = pending.map((entry) => {
      seq += 1;
      const hash = entryHash({ ...entry, seq, prevHash });
      const row = sql`(${entry.id}, ${seq}::bigint, ${prevHash}, ${hash})`;
      prevHash = hash;
      return row;
    });
    await tx.execute(sql`
      update audit_log a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${sql.join(sealed, sql`, `)}) as v(id, seq, prev_hash, hash)
      where a.tenant_id = ${tenantId} and a.id = v.id`);
    await tx.update(auditHeads).set({ seq, hash: prevHash }).where(eq(auditHeads.tenantId, tenantId));
    return pending.length;
  });
}

// Seals every tenant's pending entries; returns how many were sealed. Run by every job runner on
// each tick, so entries are chained within about a poll interval of their commit.
export async function sealAuditLog(db: Db, batch = 1000): Promise<number> {
  const rows = await db
    .selectDistinct({ tenantId: auditLog.tenantId })
    .from(auditLog)
    .where(isNull(auditLog.seq));
  let sealed = 0;
  for (const { tenantId } of rows) {
    for (let n = batch; n === batch; ) {
      n = await sealTenant(db, tenantId, batch);
      sealed += n;
    }
  }
  return sealed;
}
