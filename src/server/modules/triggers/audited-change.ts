import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import type { Actor } from "../../platform/http/actor.js";

// A change to the tenant's triggers and its audit entry, in one transaction.
export async function auditedChange<T>(
  s: Services,
  actor: Actor,
  action: string,
  id: string,
  data: Record<string, unknown>,
  work: (tx: Db) => Promise<T>,
) {
  return s.db.transaction(async (tx) => {
    const out = await work(tx);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action,
      entityType: "trigger",
      entityId: id,
      data,
      at: s.clock.now(),
    });
    return out;
  });
}
