// A spike in a daily count against its own baseline, robust to earlier spikes and to zero-heavy
// series: the median and the median absolute deviation (MAD) of the previous days, with a Poisson
// floor on the spread so a quiet series (all zeros, MAD 0) does not alarm on one ticket.

export type SpikeRule = {
  // Days of history the baseline looks at (before the day tested).
  baselineDays: number;
  // Robust z-score at or above which the day is a spike.
  threshold: number;
  // A day below this count never alarms (three complaints about one model in a day, at least).
  minCount: number;
};

export const DEFAULT_SPIKE_RULE: SpikeRule = { baselineDays: 28, threshold: 4, minCount: 3 };

export type SpikeVerdict = { spike: boolean; count: number; median: number; spread: number; z: number };

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// `series` is oldest first; the last value is the day tested, the ones before it the baseline.
export function detectSpike(series: readonly number[], rule: SpikeRule = DEFAULT_SPIKE_RULE): SpikeVerdict {
  const count = series.at(-1) ?? 0;
  const history = series.slice(Math.max(0, series.length - 1 - rule.baselineDays), -1);
  const m = median(history);
  const mad = median(history.map((x) => Math.abs(x - m)));
  // 1.4826 × MAD estimates the standard deviation of a normal series; a count's spread is at least
  // that of a Poisson count with the same mean (√m), and at least 1.
  const spread = Math.max(1.4826 * mad, Math.sqrt(m), 1);
  const z = (count - m) / spread;
  return { spike: count >= rule.minCount && z >= rule.threshold, count, median: m, spread, z };
}
