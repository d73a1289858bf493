// The optimiser's model: visits with hard time windows, vehicles (technicians) with their own
// start/end places and shift window, capacities, skills as a vehicle × visit compatibility, and
// soft deadlines (SLA due times, shift end before overtime) priced per minute late. Everything is
// plain numbers in typed arrays so the search stays allocation-free in its inner loops.

export interface Problem {
  /** visits are nodes 0..n-1; vehicle start/end places are further nodes */
  readonly n: number;
  /** node count (size of the square matrices) */
  readonly nodes: number;
  /** travel cost between nodes, row-major nodes × nodes */
  readonly distance: Float64Array;
  /** travel time between nodes, row-major nodes × nodes */
  readonly time: Float64Array;
  /** per node: hard window and service duration; vehicle nodes have service 0 */
  readonly ready: Float64Array;
  readonly due: Float64Array;
  readonly service: Float64Array;
  /** per node: soft deadline (Infinity when none) and its cost per time unit late */
  readonly softDue: Float64Array;
  readonly lateCost: Float64Array;
  readonly demand: Float64Array;
  /** cost of leaving visit i unplaced (priority-weighted, far above any travel saving) */
  readonly unplacedCost: Float64Array;
  readonly vehicles: readonly VehicleModel[];
  /** vehicles × n; 1 when vehicle v may do visit i (skills, pins). null: every pair allowed */
  readonly allowed: Uint8Array | null;
  /** true when any node has a soft deadline: insertion costs then simulate the route tail */
  readonly hasSoft: boolean;
}

interface VehicleModel {
  /** node where the route starts / ends */
  readonly start: number;
  readonly end: number;
  readonly capacity: number;
  /** vehicles with the same class are interchangeable (the search opens only one empty one) */
  readonly classId: number;
}

export interface VisitInput {
  x?: number;
  y?: number;
  /** earliest start of service and latest start of service */
  ready: number;
  due: number;
  service: number;
  demand?: number;
  /** soft deadline for the start of service (an SLA due time) and its cost per time unit late */
  slaDue?: number;
  slaLateCost?: number;
  /** visits that cannot all be placed leave the lowest priorities out first (default 1) */
  priority?: number;
  /** skills the technician must have */
  skills?: readonly string[];
  /** pinned to this vehicle index */
  vehicle?: number;
  /** only these vehicle indexes may serve it (e.g. the technicians covering its address) */
  vehicles?: readonly number[];
}

export interface VehicleInput {
  start: { x: number; y: number };
  end?: { x: number; y: number };
  /** shift window: leaves start no earlier than shiftStart, back at end by maxEnd (hard) */
  shiftStart: number;
  shiftEnd: number;
  /** hard latest return; overtime between shiftEnd and maxEnd costs overtimeCost per time unit */
  maxEnd?: number;
  overtimeCost?: number;
  capacity?: number;
  skills?: readonly string[];
}

/** Travel between two points; the default is straight line × detour at an average speed. */
export interface TravelProvider {
  distance(a: { x: number; y: number }, b: { x: number; y: number }): number;
  time(a: { x: number; y: number }, b: { x: number; y: number }): number;
}

/** Euclidean distance; travel time = distance (the Solomon convention). */
export const euclidean: TravelProvider = {
  distance: (a, b) => Math.hypot(a.x - b.x, a.y - b.y),
  time: (a, b) => Math.hypot(a.x - b.x, a.y - b.y),
};

/**
 * Straight line × a detour factor at an average speed, for coordinates in metres and times in
 * minutes — no outside calls. A road-network provider implements the same interface.
 */
export function straightLineTravel(opts: { detour?: number; kmPerHour?: number } = {}): TravelProvider {
  const detour = opts.detour ?? 1.3;
  const metresPerMinute = ((opts.kmPerHour ?? 30) * 1000) / 60;
  return {
    distance: (a, b) => Math.hypot(a.x - b.x, a.y - b.y) * detour,
    time: (a, b) => (Math.hypot(a.x - b.x, a.y - b.y) * detour) / metresPerMinute,
  };
}

/** The price of one unplaced visit of priority 1: above any plausible travel saving. */
const UNPLACED_COST = 1e6;

export function buildProblem(
  visits: readonly VisitInput[],
  vehicles: readonly VehicleInput[],
  travel: TravelProvider = euclidean,
): Problem {
  const n = visits.length;
  const places: { x: number; y: number }[] = visits.map((v) => ({ x: v.x ?? 0, y: v.y ?? 0 }));
  const models: VehicleModel[] = [];
  const nodes = n + 2 * vehicles.length;
  const ready = new Float64Array(nodes);
  const due = new Float64Array(nodes);
  const service = new Float64Array(nodes);
  const softDue = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  const lateCost = new Float64Array(nodes);
  const demand = new Float64Array(nodes);
  const unplacedCost = new Float64Array(n);
  let hasSoft = false;
  visits.forEach((v, i) => {
    ready[i] = v.ready;
    due[i] = v.due;
    service[i] = v.service;
    demand[i] = v.demand ?? 0;
    unplacedCost[i] = UNPLACED_COST * (v.priority ?? 1);
    if (v.slaDue !== undefined) {
      softDue[i] = v.slaDue;
      lateCost[i] = v.slaLateCost ?? 1000;
      hasSoft = true;
    }
  });
  const classes = new Map<string, number>();
  vehicles.forEach((v, k) => {
    const start = n + 2 * k;
    const end = start + 1;
    places.push(v.start, v.end ?? v.start);
    ready[start] = ready[end] = v.shiftStart;
    due[start] = v.shiftEnd;
    due[end] = v.maxEnd ?? v.shiftEnd;
    if (v.maxEnd !== undefined && v.maxEnd > v.shiftEnd) {
      softDue[end] = v.shiftEnd;
      lateCost[end] = v.overtimeCost ?? 1;
      hasSoft = true;
    }
    const capacity = v.capacity ?? Number.POSITIVE_INFINITY;
    const key = JSON.stringify([
      v.start,
      v.end ?? v.start,
      v.shiftStart,
      v.shiftEnd,
      v.maxEnd,
      v.overtimeCost,
      capacity,
      [...(v.skills ?? [])].sort(),
    ]);
    const classId = classes.get(key) ?? classes.size;
    classes.set(key, classId);
    models.push({ start, end, capacity, classId });
  });
  const distance = new Float64Array(nodes * nodes);
  const time = new Float64Array(nodes * nodes);
  for (let a = 0; a < nodes; a++)
    for (let b = 0; b < nodes; b++) {
      if (a === b) continue;
      distance[a * nodes + b] = travel.distance(places[a]!, places[b]!);
      time[a * nodes + b] = travel.time(places[a]!, places[b]!);
    }
  let allowed: Uint8Array | null = null;
  if (visits.some((v) => (v.skills?.length ?? 0) > 0 || v.vehicle !== undefined || v.vehicles)) {
    const matrix = new Uint8Array(vehicles.length * n);
    allowed = matrix;
    vehicles.forEach((veh, k) => {
      const has = new Set(veh.skills ?? []);
      visits.forEach((v, i) => {
        const skilled = (v.skills ?? []).every((s) => has.has(s));
        const pinned = v.vehicle === undefined || v.vehicle === k;
        const among = v.vehicles === undefined || v.vehicles.includes(k);
        matrix[k * n + i] = skilled && pinned && among ? 1 : 0;
      });
    });
    // Pinned or skill-restricted visits make otherwise identical vehicles different.
    vehicles.forEach((_, k) => {
      const row = matrix.subarray(k * n, (k + 1) * n).join("");
      const m = models[k]!;
      const key = `${m.classId}:${row}`;
      const classId = classes.get(key) ?? classes.size;
      classes.set(key, classId);
      models[k] = { ...m, classId };
    });
  }
  return {
    n,
    nodes,
    distance,
    time,
    ready,
    due,
    service,
    softDue,
    lateCost,
    demand,
    unplacedCost,
    vehicles: models,
    allowed,
    hasSoft,
  };
}
