import { describe, expect, it } from "vitest";
import { DEFAULT_SPIKE_RULE, detectSpike } from "./spike.js";

// A seeded generator (mulberry32) and Poisson draws (Knuth), so the series are the same every run.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function poisson(lambda: number, random: () => number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random();
  } while (p > limit);
  return k - 1;
}
const series = (lambda: number, days: number, seed: number) => {
  const r = rng(seed);
  // A weekly rhythm: weekends bring 40 % more complaints, as a real desk's series does.
  return Array.from({ length: days }, (_, d) => poisson(lambda * (d % 7 >= 5 ? 1.4 : 1), r));
};

// The share of days flagged on series that have no spike at all (each day tested against the 28
// before it), over many seeds and levels.
function falseAlarmRate(rule = DEFAULT_SPIKE_RULE): { days: number; alarms: number; rate: number } {
  let days = 0;
  let alarms = 0;
  for (const lambda of [0.2, 1, 3, 8, 20, 50]) {
    for (let seed = 1; seed <= 40; seed++) {
      const s = series(lambda, 120, seed * 7919 + lambda * 13);
      for (let end = 29; end <= s.length; end++) {
        days++;
        if (detectSpike(s.slice(0, end), rule).spike) alarms++;
      }
    }
  }
  return { days, alarms, rate: alarms / days };
}

describe("complaint spike detector (median/MAD baseline)", () => {
  it("flags a day far above its own baseline", () => {
    const quiet = series(2, 28, 42);
    expect(detectSpike([...quiet, 14]).spike).toBe(true);
    const busy = series(30, 28, 7);
    expect(detectSpike([...busy, 80]).spike).toBe(true);
  });

  it("does not flag the same count where it is normal", () => {
    const busy = series(12, 28, 9);
    expect(detectSpike([...busy, 14]).spike).toBe(false);
  });

  it("does not alarm on one or two tickets after a silent month", () => {
    expect(detectSpike([...Array(28).fill(0), 2]).spike).toBe(false);
    expect(detectSpike([...Array(28).fill(0), 5]).spike).toBe(true);
  });

  it("keeps its baseline when an earlier spike is in the history (robust median)", () => {
    const s = series(3, 28, 11);
    s[10] = 40;
    expect(detectSpike([...s, 18]).spike).toBe(true);
  });

  it("finds injected spikes (4× the level, +8 at least) in almost every synthetic series", () => {
    let found = 0;
    let tried = 0;
    for (const lambda of [1, 3, 8, 20]) {
      for (let seed = 1; seed <= 25; seed++) {
        const s = series(lambda, 28, seed * 31 + lambda);
        tried++;
        if (detectSpike([...s, Math.max(4 * lambda, lambda + 8)]).spike) found++;
      }
    }
    expect(found / tried).toBeGreaterThan(0.9);
  });

  it("false-alarm rate on spike-free synthetic series stays under 0.5 % of days", () => {
    const { days, rate } = falseAlarmRate();
    expect(days).toBeGreaterThan(20_000);
    console.info(`spike detector false-alarm rate: ${(rate * 100).toFixed(3)} % of ${days} days`);
    expect(rate).toBeLessThan(0.005);
  });
});
