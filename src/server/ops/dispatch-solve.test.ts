import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { solomonDir } from "../modules/dispatch/optimiser/test-instances.js";
import { solveSolomonFile } from "./dispatch-solve.js";

describe("aftercare dispatch solve --solomon", () => {
  it("answers with Solomon customer numbers, each once, and the distance of those routes", () => {
    // R101's depot and first 25 customers, in the file's own format (CRLF lines)
    const lines = readFileSync(path.join(solomonDir, "R101.txt"), "utf8").split("\r\n");
    const header = lines.findIndex((l) => l.trim().startsWith("0 "));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "solomon-")), "R101-25.txt");
    writeFileSync(file, lines.slice(0, header + 26).join("\r\n"));
    const answer = solveSolomonFile(file, { seconds: 0.3, seed: 5 });
    expect(Object.keys(answer).sort()).toEqual(["distance", "routes", "seconds", "vehicles"]);
    expect(answer.routes.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(answer.vehicles).toBe(answer.routes.length);
    const xy = new Map(
      lines.slice(header, header + 26).map((l) => {
        const [id, x, y] = l.trim().split(/\s+/).map(Number);
        return [id ?? -1, [x ?? 0, y ?? 0] as const];
      }),
    );
    const leg = (a: number, b: number) => {
      const [ax, ay] = xy.get(a) ?? [0, 0];
      const [bx, by] = xy.get(b) ?? [0, 0];
      return Math.hypot(ax - bx, ay - by);
    };
    let distance = 0;
    for (const r of answer.routes) {
      const stops = [0, ...r, 0];
      for (let i = 1; i < stops.length; i++) distance += leg(stops[i - 1] ?? 0, stops[i] ?? 0);
    }
    expect(answer.distance).toBeCloseTo(distance, 2);
  });
});
