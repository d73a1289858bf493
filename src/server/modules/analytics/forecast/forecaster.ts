import { quantileSorted } from "simple-statistics";
import { type CalendarDays, dayKind, daysBetween, isAfterLongBreak, weekday } from "./day-kinds.js";
import { ridgeSolve } from "./least-squares.js";

// The production volume forecaster: a log-linear regression of a daily count on the day of the
// week, the calendar (public holidays low, 调休 make-up working days like an ordinary weekday, the
// first working day after a long break high) and a linear trend, fitted by ridge least squares on
// log(1 + count). The 80 % interval comes from the empirical 10th and 90th percentiles of the
// fitted residuals, widened for the parameters estimated: no normality assumed, so the skew of
// small counts is kept.

export type DailyPoint = { date: string; value: number };
export type ForecastPoint = { date: string; mean: number; lo80: number; hi80: number };

export type Forecaster = { forecast(dates: readonly string[]): ForecastPoint[] };

/** Fewer days than this and the forecaster falls back to the seasonal-naive week. */
export const MIN_TRAINING_DAYS = 28;
const RIDGE = 0.5;
// Holidays that were seen fewer times than this get Sunday's level instead of their own.
const MIN_HOLIDAYS_SEEN = 3;

type Design = { holidaysSeen: boolean; start: string };

function features(date: string, d: Design, cal: CalendarDays): number[] {
  const kind = dayKind(date, cal);
  const dow = new Array<number>(6).fill(0); // Tuesday … Sunday; Monday is the base
  let holiday = 0;
  if (kind === "makeup")
    for (let i = 0; i < 4; i++) dow[i] = 0.25; // an average Tue–Fri
  else if (kind === "holiday" && !d.holidaysSeen)
    dow[5] = 1; // like a Sunday until seen
  else if (kind === "holiday") holiday = 1;
  else {
    const w = weekday(date);
    if (w > 0) dow[w - 1] = 1;
  }
  const trend = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${d.start}T00:00:00Z`)) / (365 * 86_400_000);
  return [1, trend, ...dow, holiday, isAfterLongBreak(date, cal) ? 1 : 0];
}

export function fitForecaster(history: readonly DailyPoint[], cal: CalendarDays): Forecaster {
  if (history.length < MIN_TRAINING_DAYS) return seasonalNaive(history);
  const start = (history[0] as DailyPoint).date;
  const holidays = history.filter((p) => dayKind(p.date, cal) === "holiday").length;
  const design: Design = { holidaysSeen: holidays >= MIN_HOLIDAYS_SEEN, start };
  const rows = history.map((p) => features(p.date, design, cal));
  const y = history.map((p) => Math.log1p(Math.max(0, p.value)));
  const beta = ridgeSolve(rows, y, RIDGE);
  const predict = (x: number[]) => x.reduce((s, v, i) => s + v * (beta[i] as number), 0);
  const residuals = rows.map((x, i) => (y[i] as number) - predict(x)).sort((a, b) => a - b);
  // Out-of-sample errors are wider than in-sample residuals by about n / (n − p).
  const widen = history.length / Math.max(1, history.length - (beta.length + 1));
  const lo = quantileSorted(residuals, 0.1) * widen;
  const hi = quantileSorted(residuals, 0.9) * widen;
  return {
    forecast: (dates) =>
      dates.map((date) => {
        const m = predict(features(date, design, cal));
        return {
          date,
          mean: Math.max(0, Math.expm1(m)),
          lo80: Math.max(0, Math.expm1(m + lo)),
          hi80: Math.max(0, Math.expm1(m + hi)),
        };
      }),
  };
}

/**
 * The baseline every forecast is compared with: each day gets the value of the same weekday in
 * the last week of history. Its interval is the spread of last-week-to-this-week changes.
 */
export function seasonalNaive(history: readonly DailyPoint[]): Forecaster {
  const n = history.length;
  const last = history.at(-1)?.date;
  const diffs: number[] = [];
  for (let i = 7; i < n; i++)
    diffs.push((history[i] as DailyPoint).value - (history[i - 7] as DailyPoint).value);
  diffs.sort((a, b) => a - b);
  const lo = diffs.length > 0 ? quantileSorted(diffs, 0.1) : 0;
  const hi = diffs.length > 0 ? quantileSorted(diffs, 0.9) : 0;
  return {
    forecast: (dates) =>
      dates.map((date) => {
        if (last === undefined) return { date, mean: 0, lo80: 0, hi80: 0 };
        // The same weekday in the last seven days of history.
        const ahead = daysBetween(last, date);
        const idx = n - 7 + ((((ahead - 1) % 7) + 7) % 7);
        const mean = idx >= 0 ? (history[idx] as DailyPoint).value : (history.at(-1) as DailyPoint).value;
        return { date, mean, lo80: Math.max(0, mean + lo), hi80: Math.max(0, mean + hi) };
      }),
  };
}
