import type { SearchOptions, SearchResult } from "../optimiser/search.js";
import { checkPlan } from "../optimiser/validate.js";
import type { DayModel } from "./day-model.js";
import { type DayFigures, dayFigures, type RouteTiming } from "./evaluate.js";

// Optimises a day model and says what changed: the figures before (the routes as they stand) and
// after, every technician's new round with times, what is left unplanned and every visit that moved.

interface VisitMove {
  visitId: string;
  label: string;
  fromTechnicianId: string | null;
  toTechnicianId: string | null;
  fromStart: number | null;
  toStart: number | null;
}

export interface DayPlan {
  before: DayFigures;
  after: DayFigures;
  /** every technician's new round with its times */
  rounds: RouteTiming[];
  /** visits the plan leaves out (indices into the model's visits) */
  unplaced: number[];
  moved: VisitMove[];
  /** the optimiser's own figures, for the curious (iterations, construction cost) */
  search: { iterations: number; constructionCost: number; cost: number };
}

export type Solve = (problem: DayModel["problem"], options: SearchOptions) => Promise<SearchResult>;

export async function planDay(m: DayModel, solve: Solve, options: SearchOptions): Promise<DayPlan> {
  const current = checkPlan(m.problem, m.current, m.currentUnplanned);
  // Start from the routes as they stand when they are a valid plan: the answer is then never worse
  // than doing nothing (the search keeps the best plan it saw).
  const result = await solve(m.problem, current.feasible ? { ...options, initial: m.current } : options);
  const check = checkPlan(m.problem, result.routes, result.unplaced);
  if (!check.feasible)
    throw new Error(`dispatch: the optimiser returned an invalid plan: ${check.problems[0]}`);
  const before = dayFigures(m, m.current, m.currentUnplanned);
  const after = dayFigures(m, result.routes, result.unplaced);
  return {
    before: before.figures,
    after: after.figures,
    rounds: after.timings,
    unplaced: result.unplaced,
    moved: movesBetween(m, before.timings, after.timings),
    search: { iterations: result.iterations, constructionCost: result.construction.cost, cost: result.cost },
  };
}

/** Visits whose technician changed or whose start shifted by a minute or more. */
function movesBetween(m: DayModel, before: RouteTiming[], after: RouteTiming[]): VisitMove[] {
  const where = (timings: RouteTiming[]) => {
    const at = new Map<number, { tech: string; start: number }>();
    for (const t of timings)
      for (const s of t.stops) at.set(s.visit, { tech: m.technicians[t.technician]!.id, start: s.start });
    return at;
  };
  const was = where(before);
  const now = where(after);
  const moves: VisitMove[] = [];
  m.visits.forEach((v, i) => {
    const a = was.get(i);
    const b = now.get(i);
    const from = a?.tech ?? v.technicianId;
    const to = b?.tech ?? null;
    const fromStart = a ? Math.round(a.start) : v.plannedStart;
    const toStart = b ? Math.round(b.start) : null;
    if (from === to && (fromStart === null || toStart === null || Math.abs(fromStart - toStart) < 1)) return;
    moves.push({
      visitId: v.id,
      label: v.label,
      fromTechnicianId: from,
      toTechnicianId: to,
      fromStart,
      toStart,
    });
  });
  return moves;
}
