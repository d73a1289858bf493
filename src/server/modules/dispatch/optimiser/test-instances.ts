import { readFileSync } from "node:fs";
import path from "node:path";
import { parseSolomon, type SolomonInstance } from "./solomon.js";

// Vendored Solomon instances (test/data/third-party/dispatch), for the tests and the bench.
export const solomonDir = path.resolve(
  import.meta.dirname,
  "../../../../../test/data/third-party/dispatch/solomon",
);

export function loadSolomon(name: string): SolomonInstance {
  return parseSolomon(readFileSync(path.join(solomonDir, `${name}.txt`), "utf8"));
}

/** The depot and the first `customers` customers: how Solomon's 25- and 50-customer sets are made. */
export function firstCustomers(inst: SolomonInstance, customers: number): SolomonInstance {
  return { ...inst, nodes: inst.nodes.slice(0, customers + 1) };
}
