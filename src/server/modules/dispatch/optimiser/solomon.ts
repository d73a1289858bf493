import { buildProblem, euclidean, type Problem } from "./problem.js";

// Solomon's VRPTW text format: a name line, "VEHICLE / NUMBER CAPACITY" then the fleet size and
// capacity, "CUSTOMER" with a header, then one row per node "no x y demand ready due service";
// node 0 is the depot, whose due time closes the day.

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** depot first, then customers in file order */
  nodes: { id: number; x: number; y: number; demand: number; ready: number; due: number; service: number }[];
}

export class SolomonFormatError extends Error {}

export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length > 0) ?? "";
  const vIdx = lines.findIndex((l) => /^VEHICLE\b/i.test(l));
  if (vIdx < 0) throw new SolomonFormatError("no VEHICLE section");
  const fleetLine = lines.slice(vIdx + 1).find((l) => /^\d/.test(l));
  const fleet = fleetLine?.split(/\s+/).map(Number);
  if (!fleet || fleet.length < 2 || !fleet.every(Number.isFinite))
    throw new SolomonFormatError("no vehicle number and capacity");
  const cIdx = lines.findIndex((l) => /^CUSTOMER\b/i.test(l));
  if (cIdx < 0) throw new SolomonFormatError("no CUSTOMER section");
  const nodes: SolomonInstance["nodes"] = [];
  for (const line of lines.slice(cIdx + 1)) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(/\s+/).map(Number);
    if (f.length < 7 || !f.slice(0, 7).every(Number.isFinite))
      throw new SolomonFormatError(`bad customer row: ${line}`);
    nodes.push({ id: f[0]!, x: f[1]!, y: f[2]!, demand: f[3]!, ready: f[4]!, due: f[5]!, service: f[6]! });
  }
  if (nodes.length < 2) throw new SolomonFormatError("no customers");
  return { name, vehicles: fleet[0]!, capacity: fleet[1]!, nodes };
}

/** The instance as a Problem: visit i is customer nodes[i + 1]!; every vehicle starts and ends at the depot. */
export function solomonProblem(inst: SolomonInstance): Problem {
  const [depot, ...customers] = inst.nodes;
  if (!depot) throw new SolomonFormatError("no depot");
  return buildProblem(
    customers.map((c) => ({
      x: c.x,
      y: c.y,
      ready: c.ready,
      due: c.due,
      service: c.service,
      demand: c.demand,
    })),
    Array.from({ length: inst.vehicles }, () => ({
      start: { x: depot.x, y: depot.y },
      shiftStart: depot.ready,
      shiftEnd: depot.due,
      capacity: inst.capacity,
    })),
    euclidean,
  );
}
