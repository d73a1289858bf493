import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";

export async function auditImprovement(
  tx: Db,
  tenantId: string,
  actorId: string | null,
  action: string,
  entity: { type: "improvement_item" | "improvement_cycle" | "improvement_weights"; id: string },
  data: Record<string, unknown>,
  at: Date,
): Promise<void> {
  await appendAudit(tx, {
    tenantId,
    actorId,
    action,
    entityType: entity.type,
    entityId: entity.id,
    data,
    at,
  });
}
