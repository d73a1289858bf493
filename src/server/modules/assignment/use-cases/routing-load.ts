import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { countQueued, getSettings, loadBoard, routableRoles } from "../assignment.repository.js";

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
