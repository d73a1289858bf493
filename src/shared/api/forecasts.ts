import { z } from "zod";

// GET /analytics/forecasts/volume: daily ticket volume forecasts (total, per channel, per product
// line), each with its rolling-origin backtest next to seasonal naive, and the staffing they call for.
const ZDailyPoint = z.object({ date: z.string(), value: z.number() });
const ZForecastPoint = z.object({ date: z.string(), mean: z.number(), lo80: z.number(), hi80: z.number() });
const ZBacktest = z.object({
  folds: z.number().int(),
  horizon: z.number().int(),
  mase: z.number(),
  baselineMase: z.number(),
  coverage80: z.number(),
});
const ZSeriesForecast = z.object({
  key: z.string(),
  /** the last four weeks of history */
  recent: z.array(ZDailyPoint),
  forecast: z.array(ZForecastPoint),
  /** null while the history is too short to backtest */
  backtest: ZBacktest.nullable(),
});
const ZChannelStaffing = z.object({
  channel: z.string(),
  tickets: z.number(),
  agents: z.number().int(),
  method: z.enum(["erlang_c", "workload"]),
});
export const ZVolumeForecast = z.object({
  from: z.string(),
  horizon: z.number().int(),
  historyDays: z.number().int(),
  /** some history rows are the demo's synthetic counts */
  demoHistory: z.boolean(),
  total: ZSeriesForecast,
  channels: z.array(ZSeriesForecast),
  productLines: z.array(ZSeriesForecast),
  staffing: z.object({
    serviceLevel: z.number(),
    targetSeconds: z.number(),
    handlingSeconds: z.record(z.string(), z.number()),
    days: z.array(
      z.object({ date: z.string(), agents: z.number().int(), channels: z.array(ZChannelStaffing) }),
    ),
  }),
});
export type VolumeForecast = z.infer<typeof ZVolumeForecast>;
export type SeriesForecast = z.infer<typeof ZSeriesForecast>;
