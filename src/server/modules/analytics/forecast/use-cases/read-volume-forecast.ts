import type { SeriesForecast, VolumeForecast } from "../../../../../shared/api/forecasts.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { refreshTenant } from "../../rollups.js";
import { tenantDay } from "../../tenant-day.js";
import { BacktestInputError, backtest } from "../backtest.js";
import { cnCalendarDays } from "../cn-calendar-days.js";
import { addDays, daysBetween } from "../day-kinds.js";
import { type DailyPoint, fitForecaster } from "../forecaster.js";
import { DEFAULT_STAFFING, suggestStaffing } from "../staffing.js";
import { type DailyCounts, firstDay, loadDailyCounts } from "../volume-history.js";

// Two years of history at most; the forecast starts today (today's count is not complete yet).
const MAX_HISTORY_DAYS = 730;
// Each series' backtest: six weekly origins are enough to see the error and keep the answer quick.
const BACKTEST_FOLDS = 6;
// The busiest series only; the rest are summed into the total anyway.
const MAX_SERIES = 8;

function seriesOf(days: Map<string, number> | undefined, from: string, to: string): DailyPoint[] {
  const n = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, n) }, (_, i) => {
    const date = addDays(from, i);
    return { date, value: days?.get(date) ?? 0 };
  });
}

function forecastSeries(key: string, series: DailyPoint[], today: string, horizon: number): SeriesForecast {
  const cal = cnCalendarDays();
  const dates = Array.from({ length: horizon }, (_, i) => addDays(today, i));
  let bt: SeriesForecast["backtest"] = null;
  try {
    bt = backtest(series, cal, { horizon, maxFolds: BACKTEST_FOLDS });
  } catch (err) {
    if (!(err instanceof BacktestInputError)) throw err;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    key,
    recent: series.slice(-28),
    forecast: fitForecaster(series, cal)
      .forecast(dates)
      .map((p) => ({ date: p.date, mean: round(p.mean), lo80: round(p.lo80), hi80: round(p.hi80) })),
    backtest: bt,
  };
}

function busiest(m: DailyCounts): string[] {
  const total = (k: string) => [...(m.get(k)?.values() ?? [])].reduce((a, b) => a + b, 0);
  return [...m.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b)).slice(0, MAX_SERIES);
}

export async function readVolumeForecast(
  s: Services,
  actor: Actor,
  q: { horizon: number },
): Promise<VolumeForecast> {
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const to = addDays(today, -1);
  const counts = await loadDailyCounts(s.db, actor.tenantId, addDays(today, -MAX_HISTORY_DAYS), to);
  const from = firstDay(counts.channels, counts.productLines) ?? to;
  const all = new Map<string, number>();
  for (const days of counts.channels.values()) for (const [d, n] of days) all.set(d, (all.get(d) ?? 0) + n);
  const channels = busiest(counts.channels).map((k) =>
    forecastSeries(k, seriesOf(counts.channels.get(k), from, to), today, q.horizon),
  );
  return {
    from: today,
    horizon: q.horizon,
    historyDays: daysBetween(from, to) + 1,
    demoHistory: counts.demo,
    total: forecastSeries("all", seriesOf(all, from, to), today, q.horizon),
    channels,
    productLines: busiest(counts.productLines).map((k) =>
      forecastSeries(k, seriesOf(counts.productLines.get(k), from, to), today, q.horizon),
    ),
    staffing: {
      serviceLevel: DEFAULT_STAFFING.serviceLevel,
      targetSeconds: DEFAULT_STAFFING.targetSeconds,
      handlingSeconds: DEFAULT_STAFFING.handlingSeconds,
      days: suggestStaffing(channels.map((c) => ({ channel: c.key, forecast: c.forecast }))),
    },
  };
}
