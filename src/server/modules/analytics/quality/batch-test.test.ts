import { describe, expect, it } from "vitest";
import { seededRandom } from "../forecast/synthetic-volume.js";
import { type BatchHistory, benjaminiHochberg, judgeBatches, poissonUpperTail } from "./batch-test.js";

// A synthetic model: `count` batches of 40–80 units, batch i made i months after the first, all
// watched until month `months`; each unit fails in a month in service with probability `hazard`
// (× `factor` for the bad batch), and a unit once failed stays in service (it can fail again).
function model(seed: number, count: number, months: number, hazard: number, bad = -1, factor = 1) {
  const r = seededRandom(seed);
  const out: BatchHistory[] = [];
  for (let b = 0; b < count; b++) {
    const units = 40 + Math.floor(r() * 41);
    const age = months - b;
    const exposure = Array.from({ length: age }, () => units);
    const failures = Array.from({ length: age }, () => 0);
    const h = b === bad ? hazard * factor : hazard;
    for (let m = 0; m < age; m++)
      for (let u = 0; u < units; u++) if (r() < h) failures[m] = (failures[m] ?? 0) + 1;
    out.push({ batch: `B${b}`, units, exposure, failures });
  }
  return out;
}

describe("batch-defect test: a batch against its peers at the same months in service", () => {
  it("computes the Poisson tail and Benjamini–Hochberg q values", () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 10);
    expect(poissonUpperTail(2000, 1500)).toBeLessThan(1e-20);
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    expect(q.map((x) => Math.round(x * 10_000) / 10_000)).toEqual([0.04, 0.0533, 0.0533, 0.2]);
  });

  it("flags the bad batch of a synthetic failure history and no normal batch", () => {
    const verdicts = judgeBatches(model(7, 8, 18, 0.01, 3, 3));
    expect(verdicts.filter((v) => v.flagged).map((v) => v.batch)).toEqual(["B3"]);
    const bad = verdicts.find((v) => v.batch === "B3");
    expect(bad?.failures).toBeGreaterThan(2 * (bad?.expected ?? 0));
    expect(bad?.lo).toBeGreaterThan(0);
  });

  // Over many random histories: how often a 3× batch is caught, and how often a model whose
  // batches are all alike gets any flag at all (the model-wide false-alarm rate).
  it("catches a 3× batch in ≥ 90 % of histories with a model-wide false-alarm rate ≤ 5 %", () => {
    const runs = 300;
    let caught = 0;
    let alarms = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const bad = judgeBatches(model(seed, 8, 18, 0.01, seed % 8, 3));
      if (bad.find((v) => v.batch === `B${seed % 8}`)?.flagged) caught++;
      if (judgeBatches(model(seed + 10_000, 8, 18, 0.01)).some((v) => v.flagged)) alarms++;
    }
    console.info(
      `batch test: hit rate ${(caught / runs).toFixed(3)}, model-wide false-alarm rate ${(alarms / runs).toFixed(3)}`,
    );
    expect(caught / runs).toBeGreaterThanOrEqual(0.9);
    expect(alarms / runs).toBeLessThanOrEqual(0.05);
  });

  it("does not judge a batch with too few units or failures", () => {
    const tiny: BatchHistory[] = [
      { batch: "A", units: 50, exposure: [50, 50, 50], failures: [0, 1, 0] },
      { batch: "B", units: 4, exposure: [4, 4, 4], failures: [2, 2, 2] },
    ];
    const v = judgeBatches(tiny);
    expect(v.every((x) => !x.flagged)).toBe(true);
    expect(v.find((x) => x.batch === "B")?.p).toBe(1);
    // One peer without failures predicts none: nothing to compare against, so no verdict.
    const pair: BatchHistory[] = [
      { batch: "A", units: 50, exposure: [50, 50, 50], failures: [0, 0, 0] },
      { batch: "B", units: 50, exposure: [50, 50, 50], failures: [3, 3, 3] },
    ];
    expect(judgeBatches(pair).every((x) => !x.flagged && x.p === 1)).toBe(true);
  });
});
