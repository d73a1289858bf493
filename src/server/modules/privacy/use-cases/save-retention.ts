import type { RetentionSettings } from "../../../../shared/retention.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { retentionSettings } from "../privacy.tables.js";

export async function saveRetention(s: Services, actor: Actor, input: RetentionSettings) {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await tx
      .insert(retentionSettings)
      .values({ tenantId: actor.tenantId, ...input, updatedAt: now })
      .onConflictDoUpdate({ target: retentionSettings.tenantId, set: { ...input, updatedAt: now } });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "retention.updated",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: { ...input },
      at: now,
    });
    return input;
  });
}
