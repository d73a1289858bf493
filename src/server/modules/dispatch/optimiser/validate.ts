import type { Problem } from "./problem.js";

// An independent check of a returned plan, written without the search's incremental bookkeeping:
// used by the tests and by `solve` itself before it hands a plan out.

export interface PlanCheck {
  feasible: boolean;
  problems: string[];
  distance: number;
}

export function checkPlan(
  p: Problem,
  routes: readonly (readonly number[])[],
  unplaced: readonly number[] = [],
): PlanCheck {
  const problems: string[] = [];
  const N = p.nodes;
  const seen = new Uint8Array(p.n);
  let distance = 0;
  if (routes.length > p.vehicles.length)
    problems.push(`${routes.length} routes for ${p.vehicles.length} vehicles`);
  routes.forEach((route, r) => {
    const v = p.vehicles[r]!;
    if (!v || route.length === 0) return;
    let at = v.start;
    let t = p.ready[v.start]!;
    let load = 0;
    for (const u of route) {
      if (!(u >= 0 && u < p.n)) {
        problems.push(`route ${r}: unknown visit ${u}`);
        return;
      }
      if (seen[u]!) problems.push(`visit ${u} served twice`);
      seen[u] = 1;
      if (p.allowed && p.allowed[r * p.n + u]! === 0) problems.push(`visit ${u} not allowed on vehicle ${r}`);
      distance += p.distance[at * N + u]!;
      t = Math.max(p.ready[u]!, t + p.service[at]! + p.time[at * N + u]!);
      if (t > p.due[u]! + 1e-6)
        problems.push(`visit ${u} starts at ${t}, after its window closes at ${p.due[u]!}`);
      load += p.demand[u]!;
      at = u;
    }
    distance += p.distance[at * N + v.end]!;
    t = Math.max(p.ready[v.end]!, t + p.service[at]! + p.time[at * N + v.end]!);
    if (t > p.due[v.end]! + 1e-6) problems.push(`vehicle ${r} back at ${t}, after ${p.due[v.end]!}`);
    if (load > v.capacity + 1e-9) problems.push(`vehicle ${r} carries ${load} > ${v.capacity}`);
  });
  for (const u of unplaced) {
    if (seen[u]!) problems.push(`visit ${u} both placed and unplaced`);
    seen[u] = 1;
  }
  for (let u = 0; u < p.n; u++) if (!seen[u]!) problems.push(`visit ${u} missing`);
  return { feasible: problems.length === 0, problems, distance };
}
