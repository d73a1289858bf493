import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { mentions, type PersonalPatterns } from "../privacy/personal-patterns.js";
import { auditLog } from "./audit.tables.js";
import { eraseAuditData } from "./audit-log.js";

const about = (tenantId: string, entityIds: string[], who: PersonalPatterns) =>
  and(
    eq(auditLog.tenantId, tenantId),
    or(entityIds.length ? inArray(auditLog.entityId, entityIds) : sql`false`, mentions(auditLog.data, who)),
  );

// The audit entries about a person (their records, or naming them), for their data export.
export async function auditEntriesAbout(
  db: Db,
  tenantId: string,
  entityIds: string[],
  who: PersonalPatterns,
) {
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: auditLog.data,
    })
    .from(auditLog)
    .where(about(tenantId, entityIds, who))
    .orderBy(asc(auditLog.id));
}

// Erasure in the audit log: a sealed entry keeps its leaf and loses its data to the commitment
// (eraseAuditData), so every checkpoint, receipt and proof stays valid; an entry not sealed yet
// is not in any tree, so its data is simply replaced before the sealer commits to it.
export async function eraseAuditAbout(
  tx: Db,
  tenantId: string,
  entityIds: string[],
  who: PersonalPatterns,
): Promise<number> {
  const rows = await tx
    .select({ id: auditLog.id, seq: auditLog.seq })
    .from(auditLog)
    .where(about(tenantId, entityIds, who))
    .for("update");
  let erased = 0;
  for (const row of rows) {
    if (row.seq !== null && (await eraseAuditData(tx, tenantId, row.id))) erased++;
  }
  const unsealed = rows.filter((r) => r.seq === null).map((r) => r.id);
  if (unsealed.length) {
    await tx
      .update(auditLog)
      .set({ data: { erased: true } })
      .where(and(eq(auditLog.tenantId, tenantId), inArray(auditLog.id, unsealed), isNull(auditLog.seq)));
    erased += unsealed.length;
  }
  return erased;
}
