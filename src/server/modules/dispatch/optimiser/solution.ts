import type { Problem } from "./problem.js";

// A plan under search: one route per vehicle as [start node, visits…, end node], with the
// earliest service start at every position (forward) and the latest start that keeps the rest of
// the route on time (backward). With both, inserting a visit anywhere is checked in O(1).
export class Solution {
  readonly seq: number[][];
  readonly begin: Float64Array[];
  readonly latest: Float64Array[];
  readonly load: Float64Array;
  readonly dist: Float64Array;
  readonly soft: Float64Array;
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  unplaced: number[] = [];

  constructor(readonly p: Problem) {
    const m = p.vehicles.length;
    this.seq = p.vehicles.map((v) => [v.start, v.end]);
    this.begin = new Array(m);
    this.latest = new Array(m);
    this.load = new Float64Array(m);
    this.dist = new Float64Array(m);
    this.soft = new Float64Array(m);
    this.routeOf = new Int32Array(p.n).fill(-1);
    this.posOf = new Int32Array(p.n).fill(-1);
    for (let r = 0; r < m; r++) this.update(r);
  }

  /** Recomputes route r's schedule, load, distance and lateness after it changed. */
  update(r: number): void {
    const p = this.p;
    const s = this.seq[r]!;
    const len = s.length;
    const b = new Float64Array(len);
    const z = new Float64Array(len);
    const N = p.nodes;
    let load = 0;
    let dist = 0;
    let soft = 0;
    b[0] = p.ready[s[0]!]!;
    for (let i = 1; i < len; i++) {
      const a = s[i - 1]!;
      const c = s[i]!;
      b[i] = Math.max(p.ready[c]!, b[i - 1]! + p.service[a]! + p.time[a * N + c]!);
      dist += p.distance[a * N + c]!;
      if (b[i]! > p.softDue[c]!) soft += (b[i]! - p.softDue[c]!) * p.lateCost[c]!;
      if (i < len - 1) {
        load += p.demand[c]!;
        this.routeOf[c] = r;
        this.posOf[c] = i;
      }
    }
    z[len - 1] = p.due[s[len - 1]!]!;
    for (let i = len - 2; i >= 0; i--) {
      const c = s[i]!;
      z[i] = Math.min(p.due[c]!, z[i + 1]! - p.time[c * N + s[i + 1]!]! - p.service[c]!);
    }
    this.begin[r] = b;
    this.latest[r] = z;
    this.load[r] = load;
    this.dist[r] = dist;
    this.soft[r] = soft;
  }

  usedRoutes(): number {
    let k = 0;
    for (const s of this.seq) if (s.length > 2) k++;
    return k;
  }

  distance(): number {
    let d = 0;
    for (let r = 0; r < this.seq.length; r++) if (this.seq[r]!.length > 2) d += this.dist[r]!;
    return d;
  }

  /** Travel + lateness + the price of unplaced visits (vehicles are counted separately). */
  cost(): number {
    let c = 0;
    for (let r = 0; r < this.seq.length; r++) if (this.seq[r]!.length > 2) c += this.dist[r]! + this.soft[r]!;
    for (const u of this.unplaced) c += this.p.unplacedCost[u]!;
    return c;
  }

  /**
   * Extra cost of serving u at position pos of route r (between seq[pos-1] and seq[pos]), or
   * Infinity when a window, the shift or the route's tail would be broken.
   */
  insertionCost(u: number, r: number, pos: number): number {
    const p = this.p;
    const N = p.nodes;
    const s = this.seq[r]!;
    const b = this.begin[r]!;
    const prev = s[pos - 1]!;
    const next = s[pos]!;
    const bu = Math.max(p.ready[u]!, b[pos - 1]! + p.service[prev]! + p.time[prev * N + u]!);
    if (bu > p.due[u]!) return Number.POSITIVE_INFINITY;
    let bn = Math.max(p.ready[next]!, bu + p.service[u]! + p.time[u * N + next]!);
    if (bn > this.latest[r]![pos]!) return Number.POSITIVE_INFINITY;
    let cost = p.distance[prev * N + u]! + p.distance[u * N + next]! - p.distance[prev * N + next]!;
    if (!p.hasSoft) return cost;
    if (bu > p.softDue[u]!) cost += (bu - p.softDue[u]!) * p.lateCost[u]!;
    // Pushing the tail later can make later visits late: follow the push until it dies out.
    for (let i = pos; i < s.length; i++) {
      const c = s[i]!;
      if (i > pos) bn = Math.max(p.ready[c]!, bn + p.service[s[i - 1]!]! + p.time[s[i - 1]! * N + c]!);
      if (bn <= b[i]!) break;
      const sd = p.softDue[c]!;
      if (bn > sd) cost += (bn - sd - Math.max(0, b[i]! - sd)) * p.lateCost[c]!;
    }
    return cost;
  }

  /** Saving (travel only) from taking the visit at position pos out of route r. */
  removalSaving(r: number, pos: number): number {
    const p = this.p;
    const N = p.nodes;
    const s = this.seq[r]!;
    const a = s[pos - 1]!;
    const c = s[pos]!;
    const d = s[pos + 1]!;
    return p.distance[a * N + c]! + p.distance[c * N + d]! - p.distance[a * N + d]!;
  }

  insert(u: number, r: number, pos: number): void {
    this.seq[r]!.splice(pos, 0, u);
    this.update(r);
  }

  /** Visit routes (per vehicle, visit indices only). */
  routes(): number[][] {
    return this.seq.map((s) => s.slice(1, -1));
  }

  snapshot(): Snapshot {
    return { seq: this.seq.map((s) => s.slice()), unplaced: this.unplaced.slice() };
  }

  restore(snap: Snapshot): void {
    for (let r = 0; r < this.seq.length; r++) {
      this.seq[r] = snap.seq[r]!.slice();
      this.update(r);
    }
    for (const u of snap.unplaced) {
      this.routeOf[u] = -1;
      this.posOf[u] = -1;
    }
    this.unplaced = snap.unplaced.slice();
  }
}

export interface Snapshot {
  readonly seq: readonly number[][];
  readonly unplaced: readonly number[];
}
