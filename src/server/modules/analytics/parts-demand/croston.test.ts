import { describe, expect, it } from "vitest";
import { backtestWeekly, sbaRate } from "./croston.js";

// A synthetic intermittent series: in each week a demand occurs with probability 0.3, of 1–4
// parts (a seeded generator, so the figures are fixed).
function intermittent(weeks: number, seed: number): number[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: weeks }, () => (rand() < 0.3 ? 1 + Math.floor(rand() * 4) : 0));
}

describe("parts demand (Croston / SBA)", () => {
  it("forecasts the mean weekly rate of an intermittent series", () => {
    // Size 2 every other week: rate 1 per week, less SBA's 5 % bias correction.
    expect(sbaRate([2, 0, 2, 0, 2, 0, 2, 0, 2, 0])).toBeCloseTo(0.95, 1);
    expect(sbaRate([0, 0, 0])).toBe(0);
  });

  it("beats the naive forecast on synthetic intermittent demand, with honest 80 % intervals", () => {
    // 20 two-year series, 26 weekly origins each, 4 weeks ahead.
    const runs = Array.from({ length: 20 }, (_, i) => backtestWeekly(intermittent(104, i + 1), 4, 26, 26));
    const mean = (f: (r: NonNullable<(typeof runs)[number]>) => number) =>
      runs.reduce((acc, r) => acc + (r ? f(r) : 0), 0) / runs.length;
    const wins = runs.filter((r) => r && r.mase < r.baselineMase).length;
    // Measured: SBA wins on 19 of 20, mean MASE 0.93 vs 1.08, 80 % interval held 93 % (whole parts).
    expect(wins).toBeGreaterThanOrEqual(17);
    expect(mean((r) => r.mase)).toBeLessThan(0.9 * mean((r) => r.baselineMase));
    expect(mean((r) => r.coverage80)).toBeGreaterThan(0.75);
    expect(mean((r) => r.coverage80)).toBeLessThan(0.99);
    // Naive's own interval (last week ± its past changes) is judged the same way, so the screen can
    // show both coverages side by side (measured: 85 %, between 0 and 1 like any share).
    expect(mean((r) => r.baselineCoverage80)).toBeGreaterThan(0.5);
    expect(mean((r) => r.baselineCoverage80)).toBeLessThan(1);
  });

  it("judges naive's 80 % interval on the same folds: a steady series stays inside it, a jump falls out", () => {
    // Flat at 3 for 30 weeks, then 3 again: naive's interval is [3, 3] and holds every time.
    expect(backtestWeekly(new Array(34).fill(3), 4, 26, 4)?.baselineCoverage80).toBe(1);
    // Flat at 3 for 30 weeks, then 9: neither naive's [3, 3] nor its changes reach it.
    const jump = [...new Array(30).fill(3), 9, 9, 9, 9];
    expect(backtestWeekly(jump, 4, 26, 1)?.baselineCoverage80).toBe(0);
  });
});
