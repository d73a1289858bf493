import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { technicianDayLoad } from "../../field/index.js";
import { countQueued, getSettings, loadBoard, routableRoles } from "../assignment.repository.js";

const DAY = 86_400_000;

// The supervisor's view of who can take work: desk agents and field technicians with presence,
// load (open tickets, and for technicians today's visits), oldest open ticket, handling time.
// Technicians are shown, never routed: routing's candidates are the desk roles only.
export async function routingLoad(s: Services, actor: Actor) {
  const settings = await getSettings(s.db, actor.tenantId);
  const now = s.clock.now();
  const since = new Date(now.getTime() - 30 * DAY);
  const rows = await loadBoard(s.db, actor.tenantId, [...routableRoles(settings), "technician"], since);
  const field = await technicianDayLoad(s.db, actor.tenantId, now);
  return {
    agents: rows.map((r) => {
      const open = Number(r.open);
      const tech = r.role === "technician" ? field.get(r.userId) : undefined;
      const visitsToday = tech?.visitsToday ?? 0;
      const work = open + visitsToday;
      return {
        userId: r.userId,
        name: r.name,
        role: r.role,
        kind: r.role === "technician" ? ("field" as const) : ("desk" as const),
        status: r.status ?? "offline",
        lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
        open,
        visitsToday,
        capacity: r.capacity,
        load: r.capacity > 0 ? work / r.capacity : work > 0 ? work : 1,
        overCapacity: work > r.capacity,
        skills: tech && tech.skills.length > 0 ? tech.skills : r.skills,
        oldestOpenAt: r.oldestOpenAt ? new Date(r.oldestOpenAt).toISOString() : null,
        expectedHandlingMinutes:
          r.avgMinutes === null ? settings.defaultHandlingMinutes : Math.round(Number(r.avgMinutes)),
      };
    }),
    queued: await countQueued(s.db, actor.tenantId),
  };
}
