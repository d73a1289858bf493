import { describe, expect, it } from "vitest";
import { poisson, seededRandom } from "../forecast/synthetic-volume.js";
import { judgeLastDay, type KpiPoint } from "./seasonal-baseline.js";

// Synthetic desks: per day, `n` tickets (weekly rhythm, Poisson) of which complaints are drawn at
// the region's base rate; a spike multiplies the complaint rate on one day.
function complaintSeries(
  days: number,
  level: number,
  rate: number,
  seed: number,
  spikeAt = -1,
  factor = 1,
): KpiPoint[] {
  const r = seededRandom(seed);
  return Array.from({ length: days }, (_, d) => {
    const n = poisson(level * (d % 7 >= 5 ? 0.6 : 1), r);
    const p = Math.min(1, d === spikeAt ? rate * factor : rate);
    let c = 0;
    for (let i = 0; i < n; i++) if (r() < p) c++;
    return { value: n > 0 ? c / n : null, n };
  });
}

function responseSeries(days: number, minutes: number, seed: number, spikeAt = -1, factor = 1): KpiPoint[] {
  const r = seededRandom(seed);
  return Array.from({ length: days }, (_, d) => {
    const n = 10 + poisson(20, r);
    // A team's daily mean first response: weekends slower, lognormal-ish noise.
    const base = minutes * (d % 7 >= 5 ? 1.5 : 1) * Math.exp((r() - 0.5) * 0.3);
    return { value: d === spikeAt ? base * factor : base, n };
  });
}

describe("anomaly baseline: seasonal median/MAD per KPI and dimension", () => {
  it("flags a region's complaint rate tripling and a team's first response doubling", () => {
    const c = complaintSeries(50, 40, 0.08, 3, 49, 3);
    expect(judgeLastDay(c, "rate")?.anomaly).toBe(true);
    const f = responseSeries(50, 30, 4, 49, 2.2);
    expect(judgeLastDay(f, "mean")?.anomaly).toBe(true);
  });

  it("does not judge a day with too few tickets behind it", () => {
    const c = complaintSeries(50, 40, 0.08, 5);
    c[49] = { value: 1, n: 2 };
    expect(judgeLastDay(c, "rate")).toBeNull();
  });

  // Hit rate: spikes injected on the last day of 400 synthetic series (a complaint rate of 8 % on
  // 40 tickets a day quadrupled, 5 % on 100 a day tripled; a team's first response 2.2× slower); false-alarm rate: every day of weeks 7–10 of 100 spike-free series.
  it("measures its hit rate (≥ 90 %) and false-alarm rate (≤ 1 %) on synthetic series", () => {
    let hits = 0;
    let spikes = 0;
    let alarms = 0;
    let quietDays = 0;
    for (let seed = 1; seed <= 100; seed++) {
      for (const [kind, s] of [
        ["rate", complaintSeries(50, 40, 0.08, seed, 49, 4)],
        ["rate", complaintSeries(50, 100, 0.05, seed + 1000, 49, 3)],
        ["mean", responseSeries(50, 30, seed + 2000, 49, 2.2)],
        ["mean", responseSeries(50, 120, seed + 3000, 49, 2.2)],
      ] as const) {
        spikes++;
        if (judgeLastDay(s, kind)?.anomaly) hits++;
      }
      for (const [kind, s] of [
        ["rate", complaintSeries(70, 40, 0.08, seed + 4000)],
        ["mean", responseSeries(70, 30, seed + 5000)],
      ] as const)
        for (let end = 43; end <= 70; end++) {
          const v = judgeLastDay(s.slice(0, end), kind);
          if (!v) continue;
          quietDays++;
          if (v.anomaly) alarms++;
        }
    }
    const hitRate = hits / spikes;
    const falseAlarmRate = alarms / quietDays;
    // For the README: printed so the figures stated there can be checked.
    console.info(
      `anomaly baseline: hit rate ${hitRate.toFixed(3)}, false-alarm rate ${falseAlarmRate.toFixed(4)}`,
    );
    expect(hitRate).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarmRate).toBeLessThanOrEqual(0.01);
  });
});
