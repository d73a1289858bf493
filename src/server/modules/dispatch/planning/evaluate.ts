import type { DayModel } from "./day-model.js";

// What a set of routes means for the day: when each visit starts, which windows are missed,
// travel, overtime. Lateness is reported, not refused, so a hand-made or outdated plan can be shown.

interface StopTiming {
  visit: number;
  start: number;
  end: number;
  /** minutes past the latest start that keeps the visit inside its window (0: on time) */
  late: number;
  /** minutes past the ticket's SLA due time (0: none or on time) */
  slaLate: number;
}

export interface RouteTiming {
  technician: number;
  stops: StopTiming[];
  /** back at the end place */
  back: number;
  overtime: number;
  metres: number;
  travelMinutes: number;
}

export interface DayFigures {
  travelKm: number;
  travelMinutes: number;
  placed: number;
  windowsKept: number;
  windowsMissed: number;
  unplanned: number;
  slaBreaches: number;
  overtimeMinutes: number;
}

export function timeRoute(m: DayModel, technician: number, route: readonly number[]): RouteTiming {
  const p = m.problem;
  const N = p.nodes;
  const veh = p.vehicles[technician]!;
  let at = veh.start;
  let t = p.ready[veh.start]!;
  let metres = 0;
  let travelMinutes = 0;
  const stops: StopTiming[] = [];
  for (const u of route) {
    metres += p.distance[at * N + u]!;
    travelMinutes += p.time[at * N + u]!;
    const start = Math.max(p.ready[u]!, t + p.service[at]! + p.time[at * N + u]!);
    stops.push({
      visit: u,
      start,
      end: start + p.service[u]!,
      late: Math.max(0, start - p.due[u]!),
      slaLate: Math.max(0, start - p.softDue[u]!),
    });
    t = start;
    at = u;
  }
  metres += p.distance[at * N + veh.end]!;
  travelMinutes += p.time[at * N + veh.end]!;
  const back = t + p.service[at]! + p.time[at * N + veh.end]!;
  const shiftEnd = p.softDue[veh.end]! < Number.POSITIVE_INFINITY ? p.softDue[veh.end]! : p.due[veh.end]!;
  return { technician, stops, back, overtime: Math.max(0, back - shiftEnd), metres, travelMinutes };
}

export function dayFigures(
  m: DayModel,
  routes: readonly (readonly number[])[],
  unplaced: readonly number[],
): { timings: RouteTiming[]; figures: DayFigures } {
  const timings = routes.map((r, k) => timeRoute(m, k, r));
  const stops = timings.flatMap((t) => t.stops);
  const late = stops.filter((s) => s.late > 0.5).length;
  return {
    timings,
    figures: {
      travelKm: round1(timings.reduce((a, t) => a + (t.stops.length ? t.metres : 0), 0) / 1000),
      travelMinutes: Math.round(timings.reduce((a, t) => a + (t.stops.length ? t.travelMinutes : 0), 0)),
      placed: stops.length,
      windowsKept: stops.length - late,
      windowsMissed: late,
      unplanned: unplaced.length,
      slaBreaches: stops.filter((s) => s.slaLate > 0.5).length,
      overtimeMinutes: Math.round(timings.reduce((a, t) => a + (t.stops.length ? t.overtime : 0), 0)),
    },
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
