import { readFileSync } from "node:fs";
import { checkPlan, cpuClock, parseSolomon, search, solomonProblem } from "../modules/dispatch/index.js";

export interface SolomonAnswer {
  /** one list per vehicle used, of Solomon customer numbers in visiting order */
  routes: number[][];
  distance: number;
  vehicles: number;
  seconds: number;
}

/**
 * `aftercare dispatch solve --solomon FILE`: the board's optimiser on a Solomon instance, with the
 * benchmark's objective (fewest vehicles, then the least distance). The plan is checked
 * independently before it is printed.
 */
export function solveSolomonFile(
  file: string,
  opts: { seconds?: number; seed?: number; clock?: "wall" | "cpu" } = {},
): SolomonAnswer {
  const clock = opts.clock === "cpu" ? cpuClock : () => performance.now();
  const started = clock();
  const instance = parseSolomon(readFileSync(file, "utf8"));
  const problem = solomonProblem(instance);
  const result = search(problem, {
    seconds: opts.seconds ?? 10,
    seed: opts.seed ?? 1,
    minimiseVehicles: true,
    clock,
  });
  const check = checkPlan(problem, result.routes, result.unplaced);
  if (!check.feasible || result.unplaced.length > 0)
    throw new Error(
      `no feasible plan found: ${[...check.problems, `${result.unplaced.length} unplaced`].join("; ")}`,
    );
  const routes = result.routes
    .filter((r) => r.length > 0)
    .map((r) => r.map((i) => instance.nodes[i + 1]?.id ?? Number.NaN));
  return {
    routes,
    distance: Math.round(check.distance * 100) / 100,
    vehicles: routes.length,
    seconds: Math.round((clock() - started) / 10) / 100,
  };
}
