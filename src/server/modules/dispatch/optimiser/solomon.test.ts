import { describe, expect, it } from "vitest";
import { parseSolomon, SolomonFormatError, solomonProblem } from "./solomon.js";
import { loadSolomon } from "./test-instances.js";

describe("Solomon parser", () => {
  it("reads fleet, capacity and every node of a CRLF file", () => {
    const r101 = loadSolomon("R101");
    expect(r101.name).toBe("R101");
    expect([r101.vehicles, r101.capacity]).toEqual([25, 200]);
    expect(r101.nodes).toHaveLength(101);
    expect(r101.nodes[0]).toEqual({ id: 0, x: 35, y: 35, demand: 0, ready: 0, due: 230, service: 0 });
    expect(r101.nodes[1]).toEqual({ id: 1, x: 41, y: 49, demand: 10, ready: 161, due: 171, service: 10 });
  });

  it("reads an LF file and maps customers to visits with the depot as every vehicle's home", () => {
    const c101 = loadSolomon("C101");
    const p = solomonProblem(c101);
    expect(p.n).toBe(100);
    expect(p.vehicles).toHaveLength(25);
    expect(p.vehicles[0]?.capacity).toBe(200);
    // customer 1 (45, 68), window 912–967, service 90, demand 10
    expect([p.ready[0], p.due[0], p.service[0], p.demand[0]]).toEqual([912, 967, 90, 10]);
    // the depot (40, 50) closes at 1236; customer 1 is 18.68 away
    expect(p.due[p.vehicles[0]?.end ?? -1]).toBe(1236);
    expect(p.distance[(p.vehicles[0]?.start ?? 0) * p.nodes + 0]).toBeCloseTo(Math.hypot(5, 18), 9);
    // all 25 vehicles are interchangeable
    expect(new Set(p.vehicles.map((v) => v.classId)).size).toBe(1);
  });

  it("rejects text that is not a Solomon instance", () => {
    expect(() => parseSolomon("hello\nworld")).toThrow(SolomonFormatError);
    expect(() =>
      parseSolomon("X\nVEHICLE\nNUMBER CAPACITY\n 2 10\nCUSTOMER\n 0 1 2 0 0 100 0\n 1 a b c d e f"),
    ).toThrow(/bad customer row/);
    expect(() => parseSolomon("X\nVEHICLE\nNUMBER CAPACITY\n 2 10\nCUSTOMER\n 0 1 2 0 0 100 0")).toThrow(
      /no customers/,
    );
  });
});
