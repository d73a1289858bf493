import type { Db } from "../../platform/db/client.js";
import { localMidnight, readRounds, type Slot, type SlotPlanCheck, type VisitRow } from "../field/index.js";
import { buildDayModel, type DayTechnician, type DayVisit, type LatLng } from "./planning/day-model.js";
import { fitsRound } from "./planning/move-check.js";

// The booking slots' question to the plan: for each offered window and each technician free in it,
// can the visit join that technician's round of that day — inside the window, every other visit of
// the round still inside its own, no overtime? Provided to the field module at wiring.
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const place = (lat: number | null, lng: number | null): LatLng | null =>
  lat !== null && lng !== null ? { lat, lng } : null;

export const slotPlanCheck: SlotPlanCheck = async (db: Db, visit: VisitRow, slots: readonly Slot[]) => {
  if (slots.length === 0) return [];
  const techIds = [...new Set(slots.flatMap((x) => x.technicianIds))];
  const first = Math.min(...slots.map((x) => x.start.getTime())) - DAY;
  const last = Math.max(...slots.map((x) => x.end.getTime())) + DAY;
  const rounds = await readRounds(db, visit.tenantId, techIds, new Date(first), new Date(last), visit.id);
  const techs = new Map(rounds.technicians.map((t) => [t.tech.userId, t]));
  return slots.map((slot) => {
    // The slot's local day: its midnight is where the technicians' shift minutes count from.
    const midnight = dayStart(slot.start, rounds.timeZone);
    const minutes = (d: Date) => (d.getTime() - midnight) / MINUTE;
    const technicianIds = slot.technicianIds.filter((id) => {
      const t = techs.get(id);
      if (!t) return true;
      const round = rounds.visits.filter(
        (v) =>
          v.technicianId === id &&
          v.windowStart &&
          Math.abs(v.windowStart.getTime() - midnight - DAY / 2) < DAY / 2,
      );
      const tech: DayTechnician = {
        id,
        name: t.name,
        skills: t.tech.skills,
        shiftStart: t.tech.shiftStart,
        shiftEnd: t.tech.shiftEnd,
        home: place(t.tech.homeLat, t.tech.homeLng),
      };
      const asVisit = (v: VisitRow, window: { start: Date; end: Date }): DayVisit => ({
        id: v.id,
        label: v.ticketNumber,
        technicianId: v === visit ? null : id,
        windowStart: minutes(window.start),
        windowEnd: minutes(window.end),
        duration: v.durationMinutes,
        skills: v.requiredSkills,
        place: place(v.lat, v.lng),
        priority: 1,
        plannedStart: v.plannedStart ? minutes(v.plannedStart) : null,
      });
      const held = round.map((v) =>
        asVisit(v, { start: v.windowStart!, end: v.windowEnd ?? v.windowStart! }),
      );
      const model = buildDayModel([tech], [...held, asVisit(visit, slot)], { overtimeMinutes: 0 });
      return fitsRound(model, model.current[0]!, 0, held.length);
    });
    return { ...slot, technicianIds };
  });
};

// Local midnight of the day an instant falls on, in a time zone.
function dayStart(at: Date, timeZone: string): number {
  const [y = 0, m = 0, d = 0] = at.toLocaleDateString("en-CA", { timeZone }).split("-").map(Number);
  return localMidnight(y, m, d, timeZone).getTime();
}
