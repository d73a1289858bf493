import { construct } from "./construct.js";
import type { Problem } from "./problem.js";
import { createRng, type Rng } from "./rng.js";
import { Solution } from "./solution.js";

// Slack induction by string removals (Christiaens & Vanden Berghe, 2020) adapted to time
// windows: ruin removes short strings of consecutive visits from a few routes near a random
// visit, recreate puts them back one by one at their cheapest feasible place (skipping a place now
// and then, "blinks"), and simulated annealing decides whether to keep the result. For the Solomon
// objective (vehicles first) a fleet phase first empties routes one by one, as in the paper.

export interface SearchOptions {
  /** time budget in seconds (default 10) */
  seconds?: number;
  /** stop after this many iterations: with it (and a generous time budget) the plan depends only on the seed */
  maxIterations?: number;
  seed?: number;
  /** lexicographic vehicles-then-travel (the Solomon benchmark); off for a technician day */
  minimiseVehicles?: boolean;
  /** share of the budget the fleet phase may use (default 0.4) */
  fleetShare?: number;
  /**
   * Milliseconds for the time budget (default: wall clock). The bench passes cpuClock so that a
   * busy shared machine does not shrink the budget it measures.
   */
  clock?: () => number;
  /** start from these routes (per vehicle, visit indices) instead of the construction heuristic */
  initial?: readonly (readonly number[])[];
}

export interface SearchResult {
  routes: number[][];
  unplaced: number[];
  distance: number;
  /** travel + lateness/overtime + unplaced penalties */
  cost: number;
  vehicles: number;
  iterations: number;
  construction: { cost: number; distance: number; vehicles: number; unplaced: number };
}

/** Process CPU time in milliseconds: a budget that other processes on the machine cannot eat. */
export const cpuClock = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const BLINK = 0.01;
const AVG_REMOVED = 10;
const MAX_STRING = 10;

export function search(p: Problem, opts: SearchOptions = {}): SearchResult {
  const now = opts.clock ?? (() => performance.now());
  const started = now();
  const budgetMs = (opts.seconds ?? 10) * 1000;
  const maxIter = opts.maxIterations ?? Number.POSITIVE_INFINITY;
  const rng = createRng(opts.seed ?? 1);
  const sol = opts.initial ? fromRoutes(p, opts.initial) : construct(p);
  const construction = {
    cost: sol.cost(),
    distance: sol.distance(),
    vehicles: sol.usedRoutes(),
    unplaced: sol.unplaced.length,
  };
  const ctx = new Context(p, sol, rng);
  let iterations = 0;
  // Progress in [0, 1]: by iterations when capped (deterministic), else by the clock.
  const progress = () => Math.max(iterations / maxIter, (now() - started) / budgetMs);
  const finished = () => iterations >= maxIter || ((iterations & 15) === 0 && now() - started >= budgetMs);

  let best = sol.snapshot();
  let bestCost = sol.cost();
  let bestVehicles = sol.usedRoutes();
  let maxRoutes = p.vehicles.length;

  if (opts.minimiseVehicles && sol.unplaced.length === 0) {
    const share = opts.fleetShare ?? 0.4;
    const absences = new Float64Array(p.n);
    const sumAbs = (list: readonly number[]) => list.reduce((a, u) => a + absences[u]!, 0);
    while (!finished() && progress() < share) {
      if (sol.unplaced.length === 0) {
        if (sol.usedRoutes() < bestVehicles || (sol.usedRoutes() === bestVehicles && sol.cost() < bestCost)) {
          best = sol.snapshot();
          bestCost = sol.cost();
          bestVehicles = sol.usedRoutes();
        }
        ctx.dropSmallestRoute();
      }
      maxRoutes = sol.usedRoutes();
      ctx.begin();
      const before = sol.unplaced.slice();
      ctx.ruin();
      ctx.recreate(maxRoutes);
      if (sol.unplaced.length < before.length || sumAbs(sol.unplaced) < sumAbs(before)) ctx.commit();
      else ctx.rollback();
      for (const u of sol.unplaced) absences[u] = absences[u]! + 1;
      iterations++;
    }
    if (sol.unplaced.length === 0 && sol.usedRoutes() < bestVehicles) {
      best = sol.snapshot();
      bestCost = sol.cost();
      bestVehicles = sol.usedRoutes();
    }
    sol.restore(best);
    maxRoutes = bestVehicles;
  }

  // Travel phase: simulated annealing on cost with the fleet fixed. Temperatures scale with the
  // instance's typical leg, so the same schedule suits Solomon units and metres alike.
  const t0 = 0.5 * ctx.typicalLeg;
  const tEnd = t0 / 100;
  let current = sol.cost();
  const start = progress();
  while (!finished()) {
    const frac = Math.min(1, (progress() - start) / Math.max(1e-9, 1 - start));
    const temperature = t0 * (tEnd / t0) ** frac;
    ctx.begin();
    ctx.ruin();
    ctx.recreate(maxRoutes);
    const cost = sol.cost();
    if (cost < current - temperature * Math.log(rng.next())) {
      ctx.commit();
      current = cost;
      if (cost < bestCost - 1e-9 && (!opts.minimiseVehicles || sol.usedRoutes() <= bestVehicles)) {
        best = sol.snapshot();
        bestCost = cost;
        bestVehicles = sol.usedRoutes();
      }
    } else ctx.rollback();
    iterations++;
  }
  sol.restore(best);
  return {
    routes: sol.routes(),
    unplaced: sol.unplaced.slice().sort((a, b) => a - b),
    distance: sol.distance(),
    cost: sol.cost(),
    vehicles: sol.usedRoutes(),
    iterations,
    construction,
  };
}

function fromRoutes(p: Problem, routes: readonly (readonly number[])[]): Solution {
  const sol = new Solution(p);
  const placed = new Set<number>();
  routes.forEach((route, r) => {
    if (r >= p.vehicles.length) return;
    sol.seq[r] = [p.vehicles[r]!.start, ...route, p.vehicles[r]!.end];
    for (const u of route) placed.add(u);
    sol.update(r);
  });
  for (let u = 0; u < p.n; u++) if (!placed.has(u)) sol.unplaced.push(u);
  return sol;
}

/** Ruin, recreate and undo on one solution, remembering only the routes an iteration touched. */
class Context {
  readonly neighbours: Int32Array[];
  readonly typicalLeg: number;
  private saved = new Map<number, number[]>();
  private savedUnplaced: number[] = [];
  private readonly depotDistance: Float64Array;
  private readonly key: Float64Array;

  constructor(
    readonly p: Problem,
    readonly sol: Solution,
    readonly rng: Rng,
  ) {
    const N = p.nodes;
    this.neighbours = [];
    let sum = 0;
    for (let i = 0; i < p.n; i++) {
      const others = [...Array(p.n).keys()].filter((j) => j !== i);
      others.sort((a, b) => p.distance[i * N + a]! - p.distance[i * N + b]! || a - b);
      this.neighbours.push(Int32Array.from(others));
      for (const j of others) sum += p.distance[i * N + j]!;
    }
    // Every visit at one place (no coordinates known) has no typical leg: a zero would make the
    // annealing temperature 0/0 and refuse every move.
    this.typicalLeg = p.n > 1 && sum > 0 ? sum / (p.n * (p.n - 1)) : 1;
    const home = p.vehicles[0]?.start ?? 0;
    this.depotDistance = Float64Array.from({ length: p.n }, (_, i) => p.distance[home * N + i]!);
    this.key = new Float64Array(p.n);
  }

  begin(): void {
    this.saved.clear();
    this.savedUnplaced = this.sol.unplaced.slice();
  }

  private touch(r: number): void {
    if (!this.saved.has(r)) this.saved.set(r, this.sol.seq[r]!.slice());
  }

  commit(): void {
    this.saved.clear();
  }

  rollback(): void {
    const sol = this.sol;
    for (const u of sol.unplaced) {
      sol.routeOf[u] = -1;
    }
    for (const [r, seq] of this.saved) {
      for (let i = 1; i < sol.seq[r]!.length - 1; i++) sol.routeOf[sol.seq[r]![i]!] = -1;
      sol.seq[r] = seq;
      sol.update(r);
    }
    sol.unplaced = this.savedUnplaced;
    for (const u of sol.unplaced) sol.routeOf[u] = -1;
    this.saved.clear();
  }

  /** Fleet phase: empty the route with the fewest visits into the unplaced list. */
  dropSmallestRoute(): void {
    const sol = this.sol;
    let pick = -1;
    for (let r = 0; r < sol.seq.length; r++) {
      const len = sol.seq[r]!.length;
      if (len > 2 && (pick < 0 || len < sol.seq[pick]!.length)) pick = r;
    }
    if (pick < 0) return;
    const s = sol.seq[pick]!;
    for (let i = 1; i < s.length - 1; i++) {
      sol.routeOf[s[i]!] = -1;
      sol.unplaced.push(s[i]!);
    }
    sol.seq[pick] = [s[0]!, s[s.length - 1]!];
    sol.update(pick);
  }

  ruin(): void {
    const { sol, rng, p } = this;
    const placed = p.n - sol.unplaced.length;
    const used = sol.usedRoutes();
    if (placed === 0 || used === 0) return;
    const lsMax = Math.min(MAX_STRING, placed / used);
    const ksMax = (4 * AVG_REMOVED) / (1 + lsMax) - 1;
    const ks = Math.floor(rng.next() * ksMax) + 1;
    let seed = rng.int(0, p.n - 1);
    for (let tries = 0; sol.routeOf[seed]! < 0 && tries < p.n; tries++) seed = (seed + 1) % p.n;
    if (sol.routeOf[seed]! < 0) return;
    const ruined = new Set<number>();
    const visit = (c: number) => {
      const r = sol.routeOf[c]!;
      if (r < 0 || ruined.has(r)) return;
      ruined.add(r);
      this.removeString(r, sol.posOf[c]!, lsMax);
    };
    visit(seed);
    const near = this.neighbours[seed]!;
    for (let k = 0; k < near.length && ruined.size < ks; k++) visit(near[k]!);
  }

  private removeString(r: number, posC: number, lsMax: number): void {
    const { sol, rng } = this;
    this.touch(r);
    const s = sol.seq[r]!;
    const len = s.length - 2;
    const lMax = Math.min(len, lsMax);
    const l = Math.floor(rng.next() * lMax) + 1;
    let from: number;
    let count: number;
    let keepFrom = -1;
    let keep = 0;
    if (l === len || rng.next() < 0.5) {
      from = rng.int(Math.max(1, posC - l + 1), Math.min(posC, len - l + 1));
      count = l;
    } else {
      // Split string: remove l visits out of a string of l + m, keeping m in the middle.
      let m = 1;
      while (l + m < len && rng.next() >= 0.01) m++;
      count = l + m;
      from = rng.int(Math.max(1, posC - count + 1), Math.min(posC, len - count + 1));
      keep = m;
      keepFrom = from + rng.int(0, l);
    }
    const removed: number[] = [];
    const rest: number[] = [];
    for (let i = from; i < from + count; i++) {
      if (keep > 0 && i >= keepFrom && i < keepFrom + keep) rest.push(s[i]!);
      else removed.push(s[i]!);
    }
    s.splice(from, count, ...rest);
    for (const u of removed) {
      sol.routeOf[u] = -1;
      sol.unplaced.push(u);
    }
    sol.update(r);
  }

  /** Reinsert every unplaced visit at its cheapest feasible place, in one of several orders. */
  recreate(maxRoutes: number): void {
    const { sol, rng, p } = this;
    const list = sol.unplaced;
    const k = list.length;
    if (k === 0) return;
    const key = this.key;
    const pick = rng.next() * 16;
    for (const u of list) {
      if (pick < 4) key[u] = rng.next();
      else if (pick < 8) key[u] = -p.demand[u]!;
      else if (pick < 10) key[u] = -this.depotDistance[u]!;
      else if (pick < 11) key[u] = this.depotDistance[u]!;
      else if (pick < 13) key[u] = p.due[u]! - p.ready[u]!;
      else key[u] = p.ready[u]!;
    }
    // Highest priority first, then the chosen order; ties keep a stable order.
    list.sort((a, b) => p.unplacedCost[b]! - p.unplacedCost[a]! || key[a]! - key[b]! || a - b);
    const left: number[] = [];
    let used = sol.usedRoutes();
    const m = p.vehicles.length;
    for (const u of list) {
      let bestCost = Number.POSITIVE_INFINITY;
      let bestR = -1;
      let bestPos = -1;
      const classSeen = new Set<number>();
      for (let r = 0; r < m; r++) {
        if (p.allowed && p.allowed[r * p.n + u]! === 0) continue;
        if (sol.load[r]! + p.demand[u]! > p.vehicles[r]!.capacity) continue;
        const s = sol.seq[r]!;
        if (s.length === 2) {
          if (used >= maxRoutes) continue;
          const cls = p.vehicles[r]!.classId;
          if (classSeen.has(cls)) continue;
          classSeen.add(cls);
        }
        for (let pos = 1; pos < s.length; pos++) {
          if (rng.next() < BLINK) continue;
          const c = sol.insertionCost(u, r, pos);
          if (c < bestCost) {
            bestCost = c;
            bestR = r;
            bestPos = pos;
          }
        }
      }
      if (bestR < 0) {
        left.push(u);
        continue;
      }
      this.touch(bestR);
      if (sol.seq[bestR]!.length === 2) used++;
      sol.insert(u, bestR, bestPos);
    }
    sol.unplaced = left;
  }
}
