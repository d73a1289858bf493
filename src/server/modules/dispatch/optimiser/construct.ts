import type { Problem } from "./problem.js";
import { Solution } from "./solution.js";

interface Option {
  cost: number;
  route: number;
  pos: number;
}

/** Best position of u in route r, or null when u fits nowhere in it. */
function bestInRoute(sol: Solution, u: number, r: number): Option | null {
  const p = sol.p;
  if (p.allowed && p.allowed[r * p.n + u]! === 0) return null;
  if (sol.load[r]! + p.demand[u]! > p.vehicles[r]!.capacity) return null;
  let best: Option | null = null;
  const len = sol.seq[r]!.length;
  for (let pos = 1; pos < len; pos++) {
    const c = sol.insertionCost(u, r, pos);
    if (c < (best?.cost ?? Number.POSITIVE_INFINITY)) best = { cost: c, route: r, pos };
  }
  return best;
}

/**
 * The construction heuristic: parallel regret-2 insertion. Each step places the visit whose best
 * route beats its second best by the most (a visit with a single option goes first), so tightly
 * windowed visits are placed before the easy ones take their slots. Deterministic.
 */
export function construct(p: Problem): Solution {
  const sol = new Solution(p);
  const open = new Set<number>();
  for (let u = 0; u < p.n; u++) open.add(u);
  // options[u]![r]!: best insertion of u into route r; refreshed only for the route that changed.
  const options: (Option | null)[][] = [];
  const refresh = (u: number, r: number) => {
    options[u]![r] = bestInRoute(sol, u, r);
  };
  for (let u = 0; u < p.n; u++) {
    options[u] = new Array(p.vehicles.length).fill(null);
    for (let r = 0; r < p.vehicles.length; r++) refresh(u, r);
  }
  while (open.size > 0) {
    let pick = -1;
    let pickRegret = Number.NEGATIVE_INFINITY;
    let pickOption: Option | null = null;
    for (const u of open) {
      let first: Option | null = null;
      let second = Number.POSITIVE_INFINITY;
      const seenEmpty = new Set<number>();
      for (let r = 0; r < p.vehicles.length; r++) {
        const o = options[u]![r]!;
        if (!o) continue;
        // Interchangeable empty vehicles are one option, not many.
        if (sol.seq[r]!.length === 2) {
          const cls = p.vehicles[r]!.classId;
          if (seenEmpty.has(cls)) continue;
          seenEmpty.add(cls);
        }
        if (!first || o.cost < first.cost) {
          if (first) second = first.cost;
          first = o;
        } else if (o.cost < second) second = o.cost;
      }
      if (!first) continue;
      const regret = (second === Number.POSITIVE_INFINITY ? 1e12 : second - first.cost) * p.unplacedCost[u]!;
      if (regret > pickRegret) {
        pick = u;
        pickRegret = regret;
        pickOption = first;
      }
    }
    if (pick < 0 || !pickOption) break;
    open.delete(pick);
    sol.insert(pick, pickOption.route, pickOption.pos);
    for (const u of open) refresh(u, pickOption.route);
  }
  sol.unplaced = [...open];
  return sol;
}
