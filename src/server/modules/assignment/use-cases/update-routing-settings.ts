import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { RoutingSettings } from "../assignment.js";
import { getSettings, putSettings } from "../assignment.repository.js";
import { drainQueue } from "./drain-queue.js";

export async function updateRoutingSettings(s: Services, actor: Actor, patch: Partial<RoutingSettings>) {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const next = { ...(await getSettings(tx, actor.tenantId)), ...patch };
    await putSettings(tx, actor.tenantId, next);
    // Wider eligibility (e.g. supervisors included, a tier fallback allowed) may free the queue.
    const assigned = await drainQueue(tx, s, actor.tenantId, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "routing.settings_changed",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: { patch, assigned },
      at: now,
    });
    return next;
  });
}
