import type { DispatchBoard } from "../../../../shared/api/dispatch.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { readDispatchDay, type VisitRow } from "../../field/index.js";
import { dayInput } from "../day-input.js";
import { dayFigures } from "../planning/evaluate.js";
import { roundDto } from "../round-dto.js";

// The board: a node's day as it stands — every technician's round with its times, the visits
// nobody holds, and the day's figures (the "before" of any plan).
export async function readBoard(
  s: Services,
  actor: Actor,
  nodeId: string,
  day: string,
): Promise<DispatchBoard> {
  const d = await readDispatchDay(s.db, actor, nodeId, day);
  const input = await dayInput(s.db, d, s.clock.now());
  const { timings, figures } = dayFigures(input.model, input.model.current, input.model.currentUnplanned);
  const fixedIds = new Set(input.fixed.map((v) => v.id));
  const iso = (x: Date | null) => (x ? x.toISOString() : null);
  const visitDto = (v: VisitRow) => ({
    id: v.id,
    label: v.ticketNumber,
    kind: v.kind,
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    status: v.status,
    technicianId: v.technicianId,
    windowStart: iso(v.windowStart) ?? "",
    windowEnd: iso(v.windowEnd) ?? "",
    durationMinutes: v.durationMinutes,
    requiredSkills: v.requiredSkills,
    plannedStart: iso(v.checkedInAt ?? v.plannedStart),
    fixed: fixedIds.has(v.id),
  });
  return {
    nodeId: d.node.id,
    nodeName: d.node.name,
    day,
    timeZone: d.timeZone,
    technicians: d.technicians.map(({ tech, name }) => ({
      id: tech.userId,
      name,
      skills: tech.skills,
      shiftStart: input.toDate(tech.shiftStart).toISOString(),
      shiftEnd: input.toDate(tech.shiftEnd).toISOString(),
      lat: tech.homeLat,
      lng: tech.homeLng,
    })),
    visits: d.visits.map(visitDto),
    rounds: timings.map((t) => roundDto(input, t)),
    unplanned: input.model.currentUnplanned.map((u) => input.model.visits[u]!.id),
    figures,
  };
}
