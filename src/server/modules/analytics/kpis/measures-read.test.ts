import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KPIS } from "./catalogue.js";
import { MEASURES, type Measures } from "./measures.js";
import { measuresRead } from "./measures-read.js";

const anyMeasures = fc
  .tuple(...MEASURES.map(() => fc.nat({ max: 1_000_000 })))
  .map((values) => Object.fromEntries(MEASURES.map((m, i) => [m, values[i]])) as Measures);

describe("the measures a KPI reads", () => {
  it("are all its value depends on: the others zeroed, every KPI answers the same", () => {
    fc.assert(
      fc.property(anyMeasures, (m) => {
        for (const k of KPIS) {
          const read = new Set(measuresRead([k]));
          const only = Object.fromEntries(MEASURES.map((x) => [x, read.has(x) ? m[x] : 0])) as Measures;
          expect(k.compute(only)).toEqual(k.compute(m));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are few for a ratio", () => {
    expect(measuresRead(KPIS.filter((k) => k.id === "resolution_rate"))).toEqual(["created", "doneNow"]);
  });
});
