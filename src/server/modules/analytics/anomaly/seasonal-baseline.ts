import { median } from "simple-statistics";

// A robust seasonal baseline for one daily KPI series: the same weekday of the previous weeks,
// summarised by its median and MAD (median absolute deviation), so an earlier spike does not move
// the baseline and a weekly rhythm (quiet Sundays) is not mistaken for a jump. The spread has a
// floor from the KPI's own sampling noise (a rate over few tickets jumps by chance), and a day
// backed by too few tickets is never judged.

export type KpiPoint = {
  /** the KPI value of the day (null: no tickets behind it) */
  value: number | null;
  /** tickets behind the value (the denominator of a rate, the count of a mean) */
  n: number;
};

export type AnomalyRule = {
  /** robust z-score at or above which a day is flagged */
  threshold: number;
  /** fewest tickets behind a day for it to be judged */
  minTickets: number;
  /** same weekdays looked back at */
  weeks: number;
};

export const DEFAULT_ANOMALY_RULE: AnomalyRule = { threshold: 3, minTickets: 5, weeks: 6 };

export type KpiKind = "rate" | "mean" | "count";

export type Verdict = { anomaly: boolean; value: number; baseline: number; spread: number; z: number };

/** Sampling noise of one day's value: binomial for a rate, Poisson for a count, 10 % for a mean. */
function noiseFloor(kind: KpiKind, baseline: number, n: number): number {
  if (kind === "rate") return Math.sqrt(Math.max(baseline * (1 - baseline), 0.01) / Math.max(n, 1));
  if (kind === "count") return Math.max(Math.sqrt(baseline), 1);
  return Math.max(0.1 * Math.abs(baseline), 1e-9);
}

/** Judges the last point of `series` (oldest first, one per day) against its seasonal baseline. */
export function judgeLastDay(
  series: readonly KpiPoint[],
  kind: KpiKind,
  rule: AnomalyRule = DEFAULT_ANOMALY_RULE,
): Verdict | null {
  const today = series.at(-1);
  if (!today || today.value === null || today.n < (kind === "count" ? 0 : rule.minTickets)) return null;
  const past: number[] = [];
  for (let w = 1; w <= rule.weeks; w++) {
    const p = series[series.length - 1 - 7 * w];
    if (p && p.value !== null) past.push(p.value);
  }
  if (past.length < Math.min(3, rule.weeks)) return null;
  const baseline = median(past);
  const mad = median(past.map((x) => Math.abs(x - baseline)));
  const spread = Math.max(1.4826 * mad, noiseFloor(kind, baseline, today.n));
  const z = (today.value - baseline) / spread;
  if (kind === "count" && today.value < rule.minTickets)
    return { anomaly: false, value: today.value, baseline, spread, z };
  return { anomaly: z >= rule.threshold, value: today.value, baseline, spread, z };
}
