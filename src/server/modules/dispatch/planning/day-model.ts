import { buildProblem, type Problem, straightLineTravel, type TravelProvider } from "../optimiser/problem.js";

// The bridge from a network node's day (technicians, visits) to the optimiser's numbers. Pure:
// the dispatch use cases read the rows and hand them here. Times are minutes after the local
// midnight of the planned day; places are WGS-84 and become metres on a flat projection around
// the day's centre (good to well under 1 % across a city or a region).

export interface LatLng {
  lat: number;
  lng: number;
}

export interface DayTechnician {
  id: string;
  name: string;
  skills: readonly string[];
  shiftStart: number;
  shiftEnd: number;
  home: LatLng | null;
  /** visits already started or done hold the technician until `at`, ending at `place` */
  freeFrom?: { at: number; place: LatLng | null };
}

export interface DayVisit {
  id: string;
  /** what a planner recognises it by (the ticket number) */
  label: string;
  technicianId: string | null;
  /** the booked window: the whole visit happens inside it */
  windowStart: number;
  windowEnd: number;
  duration: number;
  skills: readonly string[];
  /** only these technicians may serve it (those whose node covers the address); absent: any */
  servedBy?: readonly string[];
  place: LatLng | null;
  /** 1 (low) … 4 (urgent): when not every visit fits, lower priorities are left out first */
  priority: number;
  /** the ticket's SLA due time, if any: lateness past it is priced above travel */
  slaDue?: number;
  plannedStart: number | null;
}

export interface DayModel {
  problem: Problem;
  visits: readonly DayVisit[];
  technicians: readonly DayTechnician[];
  /** per technician: the visits they hold now, in their current order (indices into visits) */
  current: number[][];
  /** visits nobody (present) holds now */
  currentUnplanned: number[];
  /** overtime allowed after a shift, in minutes (priced, never beyond) */
  overtime: number;
}

export interface DayOptions {
  /** planning during the day: nothing starts before this minute */
  earliest?: number;
  /** minutes of overtime a technician may do at a price (default 60) */
  overtimeMinutes?: number;
  travel?: TravelProvider;
}

/**
 * Objective weights, in metres of driving: a late minute or an overtime minute costs this much. A
 * whole day late (1,440 min) stays below the price of leaving a visit out (1,000 km), so lateness
 * never makes the plan drop a visit.
 */
const SLA_LATE_PER_MINUTE = 500;
const OVERTIME_PER_MINUTE = 500;
const EARTH_METRES_PER_DEGREE = 111_195;

/** Straight line × 1.3 at 30 km/h in town: the default when no road network is plugged in. */
const defaultTravel: TravelProvider = straightLineTravel({ detour: 1.3, kmPerHour: 30 });

function projection(points: readonly (LatLng | null)[]) {
  const known = points.filter((p): p is LatLng => p !== null);
  const lat0 = known.length ? known.reduce((a, p) => a + p.lat, 0) / known.length : 0;
  const lng0 = known.length ? known.reduce((a, p) => a + p.lng, 0) / known.length : 0;
  const k = Math.cos((lat0 * Math.PI) / 180);
  // An unknown place is taken as the day's centre: the plan stays possible, its travel a guess.
  return (p: LatLng | null) =>
    p
      ? { x: (p.lng - lng0) * k * EARTH_METRES_PER_DEGREE, y: (p.lat - lat0) * EARTH_METRES_PER_DEGREE }
      : { x: 0, y: 0 };
}

export function buildDayModel(
  technicians: readonly DayTechnician[],
  visits: readonly DayVisit[],
  opts: DayOptions = {},
): DayModel {
  const earliest = opts.earliest ?? 0;
  const overtime = opts.overtimeMinutes ?? 60;
  const project = projection([
    ...visits.map((v) => v.place),
    ...technicians.flatMap((t) => [t.home, t.freeFrom?.place ?? null]),
  ]);
  const problem = buildProblem(
    visits.map((v) => {
      const ready = Math.max(v.windowStart, earliest);
      return {
        ...project(v.place),
        ready,
        // The visit must be over by the window's end; a window shorter than the visit starts at once.
        due: Math.max(v.windowStart, v.windowEnd - v.duration),
        service: v.duration,
        priority: v.priority,
        skills: v.skills,
        ...(v.servedBy
          ? { vehicles: technicians.flatMap((t, k) => (v.servedBy?.includes(t.id) ? [k] : [])) }
          : {}),
        // An SLA already due before the window opens is breached whatever the plan: not priced.
        ...(v.slaDue !== undefined && v.slaDue >= v.windowStart
          ? { slaDue: v.slaDue, slaLateCost: SLA_LATE_PER_MINUTE }
          : {}),
      };
    }),
    technicians.map((t) => {
      const from = t.freeFrom;
      const start = Math.max(t.shiftStart, earliest, from?.at ?? 0);
      return {
        start: project(from ? (from.place ?? t.home) : t.home),
        end: project(t.home),
        shiftStart: start,
        shiftEnd: Math.max(start, t.shiftEnd),
        maxEnd: Math.max(start, t.shiftEnd) + overtime,
        overtimeCost: OVERTIME_PER_MINUTE,
        skills: t.skills,
      };
    }),
    opts.travel ?? defaultTravel,
  );
  const techIndex = new Map(technicians.map((t, k) => [t.id, k]));
  const current: number[][] = technicians.map(() => []);
  const currentUnplanned: number[] = [];
  const order = visits
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.plannedStart ?? a.v.windowStart) - (b.v.plannedStart ?? b.v.windowStart));
  for (const { v, i } of order) {
    const k = v.technicianId === null ? undefined : techIndex.get(v.technicianId);
    if (k === undefined) currentUnplanned.push(i);
    else current[k]!.push(i);
  }
  return { problem, visits, technicians, current, currentUnplanned, overtime };
}
