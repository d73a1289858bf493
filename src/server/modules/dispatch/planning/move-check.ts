import type { DayModel } from "./day-model.js";
import { type RouteTiming, timeRoute } from "./evaluate.js";

// A planner's manual move (this visit to that technician at that place in the round) answered live:
// the new round and what it breaks, as warnings the board shows before the planner confirms. Also
// the insertion check the booking slots ask: can this visit join this round without breaking it?

type MoveWarning =
  | { code: "skill_mismatch"; visitId: string; label: string; missing: string[] }
  | { code: "window_missed"; visitId: string; label: string; minutes: number }
  | { code: "sla_breach"; visitId: string; label: string; minutes: number }
  | { code: "overtime"; technicianId: string; name: string; minutes: number }
  | { code: "beyond_overtime"; technicianId: string; name: string; minutes: number };

export interface MoveAnswer {
  routes: number[][];
  timing: RouteTiming;
  warnings: MoveWarning[];
}

/** Moves visit `u` into technician `k`'s round at `position` (default: the cheapest place). */
export function checkMove(
  m: DayModel,
  routes: readonly (readonly number[])[],
  u: number,
  k: number,
  position?: number,
): MoveAnswer {
  const without = routes.map((r) => r.filter((x) => x !== u));
  const target = without[k]!;
  const pos =
    position === undefined ? bestPosition(m, target, k, u) : Math.max(0, Math.min(position, target.length));
  const next = without.map((r) => [...r]);
  next[k] = [...target.slice(0, pos), u, ...target.slice(pos)];
  const before = timeRoute(m, k, routes[k]!);
  const timing = timeRoute(m, k, next[k]!);
  return { routes: next, timing, warnings: warningsFor(m, k, u, before, timing) };
}

function warningsFor(
  m: DayModel,
  k: number,
  u: number,
  before: RouteTiming,
  after: RouteTiming,
): MoveWarning[] {
  const tech = m.technicians[k]!;
  const visit = m.visits[u]!;
  const warnings: MoveWarning[] = [];
  const missing = visit.skills.filter((s) => !tech.skills.includes(s));
  if (missing.length)
    warnings.push({ code: "skill_mismatch", visitId: visit.id, label: visit.label, missing });
  const was = new Map(before.stops.map((s) => [s.visit, s]));
  for (const s of after.stops) {
    const v = m.visits[s.visit]!;
    const old = was.get(s.visit);
    if (s.late > 0.5 && s.late > (old?.late ?? 0) + 0.5)
      warnings.push({ code: "window_missed", visitId: v.id, label: v.label, minutes: Math.round(s.late) });
    if (s.slaLate > 0.5 && s.slaLate > (old?.slaLate ?? 0) + 0.5)
      warnings.push({ code: "sla_breach", visitId: v.id, label: v.label, minutes: Math.round(s.slaLate) });
  }
  if (after.overtime > 0.5 && after.overtime > before.overtime + 0.5) {
    const over = Math.round(after.overtime);
    warnings.push({
      code: over > m.overtime ? "beyond_overtime" : "overtime",
      technicianId: tech.id,
      name: tech.name,
      minutes: over,
    });
  }
  return warnings;
}

function bestPosition(m: DayModel, route: readonly number[], k: number, u: number): number {
  let best = 0;
  let bestScore = Number.POSITIVE_INFINITY;
  const before = timeRoute(m, k, route);
  for (let pos = 0; pos <= route.length; pos++) {
    const timing = timeRoute(m, k, [...route.slice(0, pos), u, ...route.slice(pos)]);
    const broken = warningsFor(m, k, u, before, timing).length;
    const score = broken * 1e9 + timing.metres;
    if (score < bestScore) [best, bestScore] = [pos, score];
  }
  return best;
}

/**
 * Can visit `u` (not yet in any round) join technician `k`'s round somewhere, inside its window,
 * with every visit of the round still inside its own and no overtime? The booking slots ask this.
 */
export function fitsRound(m: DayModel, route: readonly number[], k: number, u: number): boolean {
  if (m.visits[u]!.skills.some((s) => !m.technicians[k]!.skills.includes(s))) return false;
  const before = timeRoute(m, k, route);
  for (let pos = 0; pos <= route.length; pos++) {
    const timing = timeRoute(m, k, [...route.slice(0, pos), u, ...route.slice(pos)]);
    const was = new Map(before.stops.map((s) => [s.visit, s.late]));
    const ok =
      timing.stops.every((s) => s.late <= (was.get(s.visit) ?? 0) + 1e-6) &&
      timing.overtime <= before.overtime + 1e-6;
    if (ok) return true;
  }
  return false;
}
