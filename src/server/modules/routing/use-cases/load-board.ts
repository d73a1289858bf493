import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { RoutingSettings } from "../assignment.js";
import { countQueued, getSettings, loadBoard, putSettings, routableRoles } from "../routing.repository.js";
import { drainQueue } from "./auto-assign.js";

const DAY = 86_400_000;

// The supervisor's view of who can take work: presence, load, oldest open ticket, handling time.
export async function routingLoad(s: Services, actor: Actor) {
  const settings = await getSettings(s.db, actor.tenantId);
  const since = new Date(s.clock.now().getTime() - 30 * DAY);
  const rows = await loadBoard(s.db, actor.tenantId, routableRoles(settings), since);
  return {
    agents: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      role: r.role,
      status: r.status ?? "offline",
      lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
      open: Number(r.open),
      capacity: r.capacity,
      load: r.capacity > 0 ? Number(r.open) / r.capacity : 1,
      skills: r.skills,
      oldestOpenAt: r.oldestOpenAt ? new Date(r.oldestOpenAt).toISOString() : null,
      expectedHandlingMinutes:
        r.avgMinutes === null ? settings.defaultHandlingMinutes : Math.round(Number(r.avgMinutes)),
    })),
    queued: await countQueued(s.db, actor.tenantId),
  };
}

export const routingSettingsOf = (s: Services, actor: Actor) => getSettings(s.db, actor.tenantId);

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
