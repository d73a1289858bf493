// 95 % confidence intervals for the survey results (the method is in the README, "Surveys").
// Each returns null when there are too few answers for an interval to mean anything (n < 2).

export type Interval = { low: number; high: number };

const Z95 = 1.959964;

// Two-sided 97.5 % quantiles of Student's t for 1–30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

// Beyond the table, the Cornish–Fisher expansion (within 0.001 of the exact quantile from df 30 on).
export function t975(df: number): number {
  if (df <= 30) return T975[Math.max(1, df) - 1] ?? T975[0] ?? 12.706;
  const z = Z95;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

// Wilson score interval of a proportion k/n, in percent (CSAT: the share of 4 and 5). Unlike
// p ± z·√(p(1−p)/n) it stays inside 0–100 and is not empty at 0 % or 100 %.
export function wilsonPercent(k: number, n: number): Interval | null {
  if (n < 2) return null;
  const p = k / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    low: round(clamp(centre - half, 0, 1) * 100, 1),
    high: round(clamp(centre + half, 0, 1) * 100, 1),
  };
}

// NPS = p₊ − p₋ (promoters' and detractors' shares). Each answer is +1, 0 or −1, so the variance
// of one answer is p₊ + p₋ − (p₊ − p₋)², and the NPS's is that divided by n; the interval is
// NPS ± z·√(variance), in points (×100), kept within −100 … 100.
export function npsInterval(promoters: number, detractors: number, n: number): Interval | null {
  if (n < 2) return null;
  const pp = promoters / n;
  const pd = detractors / n;
  const nps = pp - pd;
  const half = Z95 * Math.sqrt((pp + pd - nps * nps) / n);
  return { low: round(clamp(nps - half, -1, 1) * 100, 1), high: round(clamp(nps + half, -1, 1) * 100, 1) };
}

// Mean ± t(n−1)·s/√n with the sample standard deviation, kept within the scale's ends.
export function meanInterval(scores: readonly number[], [lo, hi]: [number, number]): Interval | null {
  const n = scores.length;
  if (n < 2) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const variance = scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const half = t975(n - 1) * Math.sqrt(variance / n);
  return { low: round(clamp(mean - half, lo, hi), 2), high: round(clamp(mean + half, lo, hi), 2) };
}
