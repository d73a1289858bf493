import { quantileSorted } from "simple-statistics";

// Weekly parts demand is intermittent: most weeks nothing, now and then a few. Croston's method
// smooths the size of the non-zero demands and the interval between them separately; SBA
// (Syntetos–Boylan) removes its known upward bias with the factor 1 − α/2. The forecast is a
// rate per week, the same for every week ahead. The baseline is the naive forecast (last week's
// demand), and MASE is scaled by its in-sample error, as for ticket volume.

export type WeeklyForecast = { mean: number; lo80: number; hi80: number };

const ALPHA = 0.1;

export function sbaRate(history: readonly number[], alpha = ALPHA): number {
  const demands = history.filter((d) => d > 0);
  if (demands.length === 0) return 0;
  // Started from the history's averages (the first demand's own interval is cut off by the start
  // of the history), then smoothed through it.
  let size = demands.reduce((a, b) => a + b, 0) / demands.length;
  let interval = history.length / demands.length;
  let since = 1;
  for (const d of history) {
    if (d > 0) {
      size += alpha * (d - size);
      interval += alpha * (since - interval);
      since = 1;
    } else since++;
  }
  return (size / interval) * (1 - alpha / 2);
}

// The 80 % interval of a week's demand around a rate: the 10th and 90th percentile of the
// empirical weekly demands rescaled to the rate (counts of parts are lumpy: a Poisson interval
// would be too narrow when parts go out in twos and fours).
export function sbaForecast(history: readonly number[]): WeeklyForecast {
  const mean = sbaRate(history);
  const observed = history.reduce((a, b) => a + b, 0) / Math.max(1, history.length);
  const scaled = history.map((d) => (observed > 0 ? (d * mean) / observed : 0)).sort((a, b) => a - b);
  if (scaled.length === 0) return { mean: 0, lo80: 0, hi80: 0 };
  return { mean, lo80: quantileSorted(scaled, 0.1), hi80: quantileSorted(scaled, 0.9) };
}

export type DemandBacktest = {
  folds: number;
  mase: number;
  baselineMase: number;
  coverage80: number;
  baselineCoverage80: number;
};

// The naive forecast's own 80 % interval: last week's demand plus the 10th and 90th percentile of
// its in-sample week-to-week changes (never below zero), so its coverage is judged like SBA's.
function naiveInterval(train: readonly number[]): { lo: number; hi: number } {
  const last = train.at(-1) ?? 0;
  const changes: number[] = [];
  for (let i = 1; i < train.length; i++) changes.push((train[i] as number) - (train[i - 1] as number));
  if (changes.length === 0) return { lo: last, hi: last };
  changes.sort((a, b) => a - b);
  return {
    lo: Math.max(0, last + quantileSorted(changes, 0.1)),
    hi: Math.max(0, last + quantileSorted(changes, 0.9)),
  };
}

export function backtestWeekly(
  series: readonly number[],
  horizon = 4,
  minTrain = 26,
  maxFolds = 12,
): DemandBacktest | null {
  const origins: number[] = [];
  for (let o = series.length - horizon; o >= minTrain && origins.length < maxFolds; o -= 1) origins.push(o);
  if (origins.length === 0) return null;
  let mase = 0;
  let base = 0;
  let inside = 0;
  let naiveInside = 0;
  let points = 0;
  for (const o of origins) {
    const train = series.slice(0, o);
    const test = series.slice(o, o + horizon);
    let scale = 0;
    for (let i = 1; i < train.length; i++) scale += Math.abs((train[i] as number) - (train[i - 1] as number));
    scale = scale / Math.max(1, train.length - 1) || 1;
    const f = sbaForecast(train);
    const naive = train.at(-1) ?? 0;
    const band = naiveInterval(train);
    let err = 0;
    let naiveErr = 0;
    for (const actual of test) {
      err += Math.abs(actual - f.mean);
      naiveErr += Math.abs(actual - naive);
      if (actual >= Math.floor(f.lo80) && actual <= Math.ceil(f.hi80)) inside++;
      if (actual >= Math.floor(band.lo) && actual <= Math.ceil(band.hi)) naiveInside++;
      points++;
    }
    mase += err / test.length / scale;
    base += naiveErr / test.length / scale;
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    folds: origins.length,
    mase: r(mase / origins.length),
    baselineMase: r(base / origins.length),
    coverage80: r(inside / points),
    baselineCoverage80: r(naiveInside / points),
  };
}
