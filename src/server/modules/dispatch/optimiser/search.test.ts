import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { construct } from "./construct.js";
import { buildProblem, straightLineTravel, type VehicleInput, type VisitInput } from "./problem.js";
import { search } from "./search.js";
import { solomonProblem } from "./solomon.js";
import { solveInWorker } from "./solve-in-worker.js";
import { firstCustomers, loadSolomon } from "./test-instances.js";
import { checkPlan } from "./validate.js";

// Iteration caps (with a time budget far above them) keep every run short and deterministic.
const capped = { seconds: 120, maxIterations: 1500 };

describe("dispatch optimiser on Solomon instances", () => {
  for (const name of ["C101", "R101", "RC101"]) {
    it(`${name} (25 customers): a feasible plan, never worse than its construction`, () => {
      const p = solomonProblem(firstCustomers(loadSolomon(name), 25));
      const r = search(p, { ...capped, seed: 7, minimiseVehicles: true });
      const check = checkPlan(p, r.routes, r.unplaced);
      expect(check.problems).toEqual([]);
      expect(r.unplaced).toEqual([]);
      expect(r.distance).toBeCloseTo(check.distance, 6);
      // vehicles first, then distance
      expect(r.vehicles).toBeLessThanOrEqual(r.construction.vehicles);
      if (r.vehicles === r.construction.vehicles)
        expect(r.distance).toBeLessThanOrEqual(r.construction.distance + 1e-9);
    });
  }

  it("improves on the construction heuristic where there is room (R101, 50 customers)", () => {
    const p = solomonProblem(firstCustomers(loadSolomon("R101"), 50));
    const r = search(p, { ...capped, seed: 1, minimiseVehicles: true });
    expect(checkPlan(p, r.routes, r.unplaced).feasible).toBe(true);
    const before = r.construction.vehicles * 1e6 + r.construction.distance;
    expect(r.vehicles * 1e6 + r.distance).toBeLessThan(before);
  });

  it("gives the same plan for the same seed", () => {
    const p = solomonProblem(firstCustomers(loadSolomon("RC101"), 25));
    const a = search(p, { seconds: 120, maxIterations: 600, seed: 42, minimiseVehicles: true });
    const b = search(p, { seconds: 120, maxIterations: 600, seed: 42, minimiseVehicles: true });
    expect(b.routes).toEqual(a.routes);
    expect(b.distance).toBe(a.distance);
  });

  it("runs in a worker thread", async () => {
    const p = solomonProblem(firstCustomers(loadSolomon("C101"), 25));
    const r = await solveInWorker(p, { seconds: 60, maxIterations: 300, seed: 3, minimiseVehicles: true });
    expect(checkPlan(p, r.routes, r.unplaced).feasible).toBe(true);
    expect(r.routes).toEqual(
      search(p, { seconds: 60, maxIterations: 300, seed: 3, minimiseVehicles: true }).routes,
    );
  });
});

const home = { x: 0, y: 0 };
const tech = (over: Partial<VehicleInput> = {}): VehicleInput => ({
  start: home,
  shiftStart: 0,
  shiftEnd: 480,
  ...over,
});
const visit = (x: number, y: number, over: Partial<VisitInput> = {}): VisitInput => ({
  x,
  y,
  ready: 0,
  due: 480,
  service: 30,
  ...over,
});
const run = (visits: VisitInput[], vehicles: VehicleInput[]) => {
  const p = buildProblem(visits, vehicles);
  const r = search(p, { seconds: 60, maxIterations: 400, seed: 1 });
  expect(checkPlan(p, r.routes, r.unplaced).problems).toEqual([]);
  return r;
};

describe("technician-day constraints", () => {
  it("gives a visit needing a skill only to a technician who has it", () => {
    const r = run(
      [visit(10, 0, { skills: ["gas"] }), visit(0, 10), visit(-10, 0, { skills: ["gas"] })],
      [tech({ skills: ["electric"] }), tech({ skills: ["gas", "electric"] })],
    );
    expect(r.routes[1]).toEqual(expect.arrayContaining([0, 2]));
    expect(r.routes[0]).not.toContain(0);
    expect(r.unplaced).toEqual([]);
  });

  it("plans within each technician's shift", () => {
    // the morning technician is gone by 240; the afternoon visit can only go to the late shift
    const r = run(
      [visit(10, 0, { ready: 300, due: 360 }), visit(0, 10, { ready: 0, due: 60 })],
      [tech({ shiftStart: 0, shiftEnd: 240 }), tech({ shiftStart: 240, shiftEnd: 480 })],
    );
    expect(r.routes).toEqual([[1], [0]]);
  });

  it("leaves out the lower priority when not everything fits, and reports it", () => {
    // both visits need the single technician at the same moment
    const r = run(
      [
        visit(10, 0, { ready: 100, due: 100, priority: 1 }),
        visit(-10, 0, { ready: 100, due: 100, priority: 5 }),
      ],
      [tech()],
    );
    expect(r.routes[0]).toEqual([1]);
    expect(r.unplaced).toEqual([0]);
  });

  it("serves a visit before its SLA due time even at the price of a longer drive", () => {
    // from (10,0) home to (0,0) the short way is (5,0) first; the SLA on (-50,0) makes it go first
    const from = tech({ start: { x: 10, y: 0 }, end: { x: 0, y: 0 } });
    const plain = run([visit(5, 0, { service: 10 }), visit(-50, 0, { service: 10 })], [from]);
    expect(plain.routes[0]).toEqual([0, 1]);
    const r = run([visit(5, 0, { service: 10 }), visit(-50, 0, { service: 10, slaDue: 60 })], [from]);
    expect(r.routes[0]).toEqual([1, 0]);
    expect(r.distance).toBeGreaterThan(plain.distance);
  });

  it("keeps a pinned visit on its technician", () => {
    const r = run([visit(10, 0, { vehicle: 0 }), visit(11, 0)], [tech({ start: { x: 100, y: 0 } }), tech()]);
    expect(r.routes[0]).toContain(0);
  });

  it("prices overtime but may use it to place every visit", () => {
    // four 60-minute visits do not fit a 200-minute shift; overtime up to 300 makes room
    const four = [
      visit(1, 0, { service: 60 }),
      visit(2, 0, { service: 60 }),
      visit(3, 0, { service: 60 }),
      visit(4, 0, { service: 60 }),
    ];
    expect(run(four, [tech({ shiftEnd: 200 })]).unplaced).toHaveLength(1);
    const r = run(four, [tech({ shiftEnd: 200, maxEnd: 300, overtimeCost: 2 })]);
    expect(r.unplaced).toEqual([]);
    expect(r.cost).toBeGreaterThan(r.distance);
  });

  it("turns straight-line metres into minutes with a detour factor and an average speed", () => {
    const t = straightLineTravel({ detour: 1.3, kmPerHour: 30 });
    expect(t.distance({ x: 0, y: 0 }, { x: 3000, y: 4000 })).toBeCloseTo(6500, 9);
    expect(t.time({ x: 0, y: 0 }, { x: 3000, y: 4000 })).toBeCloseTo(13, 9);
  });
});

describe("property: every plan respects windows, shifts, skills and capacity", () => {
  const arbVisit = fc.record({
    x: fc.integer({ min: -50, max: 50 }),
    y: fc.integer({ min: -50, max: 50 }),
    ready: fc.integer({ min: 0, max: 300 }),
    width: fc.integer({ min: 0, max: 200 }),
    service: fc.integer({ min: 0, max: 40 }),
    demand: fc.integer({ min: 0, max: 5 }),
    needsGas: fc.boolean(),
    priority: fc.integer({ min: 1, max: 3 }),
  });
  const arbTech = fc.record({
    shiftStart: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 50, max: 500 }),
    capacity: fc.integer({ min: 3, max: 15 }),
    gas: fc.boolean(),
  });
  it("holds on random small days, and the search never ends worse than its construction", () => {
    fc.assert(
      fc.property(
        fc.array(arbVisit, { minLength: 1, maxLength: 12 }),
        fc.array(arbTech, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1000 }),
        (vs, ts, seed) => {
          const p = buildProblem(
            vs.map((v) => ({
              x: v.x,
              y: v.y,
              ready: v.ready,
              due: v.ready + v.width,
              service: v.service,
              demand: v.demand,
              priority: v.priority,
              skills: v.needsGas ? ["gas"] : [],
            })),
            ts.map((t) => ({
              start: { x: 0, y: 0 },
              shiftStart: t.shiftStart,
              shiftEnd: t.shiftStart + t.length,
              capacity: t.capacity,
              skills: t.gas ? ["gas"] : [],
            })),
          );
          const r = search(p, { seconds: 60, maxIterations: 150, seed });
          const check = checkPlan(p, r.routes, r.unplaced);
          expect(check.problems).toEqual([]);
          expect(r.cost).toBeLessThanOrEqual(construct(p).cost() + 1e-6);
        },
      ),
      { numRuns: 60, seed: 20261205 },
    );
  });
});

describe("dispatch optimiser: degenerate places", () => {
  it("visits all at one place (no coordinates known) are still placed when the search starts from an empty plan", () => {
    const visits: VisitInput[] = [
      { ready: 0, due: 400, service: 60, skills: ["washer"] },
      { ready: 0, due: 400, service: 60, skills: ["fridge"] },
    ];
    const vehicles: VehicleInput[] = [
      { start: { x: 0, y: 0 }, shiftStart: 0, shiftEnd: 480, skills: ["washer"] },
      { start: { x: 0, y: 0 }, shiftStart: 0, shiftEnd: 480, skills: ["fridge"] },
    ];
    const p = buildProblem(visits, vehicles);
    const r = search(p, { seconds: 60, maxIterations: 50, seed: 1, initial: [[], []] });
    expect(r.unplaced).toEqual([]);
    expect(r.routes).toEqual([[0], [1]]);
  });
});
