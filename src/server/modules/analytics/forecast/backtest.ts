import type { CalendarDays } from "./day-kinds.js";
import { addDays } from "./day-kinds.js";
import {
  type DailyPoint,
  type Forecaster,
  fitForecaster,
  MIN_TRAINING_DAYS,
  seasonalNaive,
} from "./forecaster.js";

// Rolling-origin backtest: the series is cut at several origins a week apart (the last one
// `horizon` days before the end); at each the forecaster is fitted on everything before the cut
// and forecasts the next `horizon` days, which it has never seen. MASE scales each fold's mean
// absolute error by the in-sample mean absolute error of the lag-7 seasonal-naive forecast on that
// fold's training days (Hyndman & Koehler 2006), so 1.0 means "as good as last week's numbers".

export type BacktestResult = {
  folds: number;
  horizon: number;
  /** the production forecaster */
  mase: number;
  /** the seasonal-naive forecast on the same folds */
  baselineMase: number;
  /** share of actual values inside the forecaster's 80 % intervals */
  coverage80: number;
};

export const DEFAULT_HORIZON = 14;
const MAX_FOLDS = 12;
const ORIGIN_STEP = 7;

export class BacktestInputError extends Error {}

function naiveScale(train: readonly DailyPoint[]): number {
  let sum = 0;
  for (let i = 7; i < train.length; i++)
    sum += Math.abs((train[i] as DailyPoint).value - (train[i - 7] as DailyPoint).value);
  const scale = train.length > 7 ? sum / (train.length - 7) : 0;
  // A perfectly repeating history would divide by zero; one ticket a day is the smallest error
  // that means anything for counts.
  return scale > 0 ? scale : 1;
}

export function backtest(
  series: readonly DailyPoint[],
  cal: CalendarDays,
  opts: { horizon?: number; maxFolds?: number; model?: (h: readonly DailyPoint[]) => Forecaster } = {},
): BacktestResult {
  const horizon = opts.horizon ?? DEFAULT_HORIZON;
  const fitModel = opts.model ?? ((h: readonly DailyPoint[]) => fitForecaster(h, cal));
  const origins: number[] = [];
  for (
    let o = series.length - horizon;
    o >= MIN_TRAINING_DAYS && origins.length < (opts.maxFolds ?? MAX_FOLDS);
    o -= ORIGIN_STEP
  )
    origins.push(o);
  if (origins.length === 0)
    throw new BacktestInputError(
      `need at least ${MIN_TRAINING_DAYS + horizon} days of history for a ${horizon}-day backtest, got ${series.length}`,
    );
  let mase = 0;
  let baselineMase = 0;
  let inside = 0;
  let points = 0;
  for (const origin of origins) {
    const train = series.slice(0, origin);
    const test = series.slice(origin, origin + horizon);
    const last = (train.at(-1) as DailyPoint).date;
    const dates = test.map((_, i) => addDays(last, i + 1));
    const model = fitModel(train).forecast(dates);
    const naive = seasonalNaive(train).forecast(dates);
    const scale = naiveScale(train);
    let err = 0;
    let naiveErr = 0;
    test.forEach((actual, i) => {
      const f = model[i] as { mean: number; lo80: number; hi80: number };
      err += Math.abs(actual.value - f.mean);
      naiveErr += Math.abs(actual.value - (naive[i] as { mean: number }).mean);
      if (actual.value >= f.lo80 && actual.value <= f.hi80) inside++;
      points++;
    });
    mase += err / test.length / scale;
    baselineMase += naiveErr / test.length / scale;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    folds: origins.length,
    horizon,
    mase: round(mase / origins.length),
    baselineMase: round(baselineMase / origins.length),
    coverage80: round(inside / points),
  };
}
