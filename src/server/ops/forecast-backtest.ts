import { readFileSync } from "node:fs";
import { type BacktestResult, backtest, DEFAULT_HORIZON } from "../modules/analytics/forecast/backtest.js";
import { cnCalendarDays } from "../modules/analytics/forecast/cn-calendar-days.js";
import { parseDailyCsv } from "../modules/analytics/forecast/csv-series.js";

export { BacktestInputError } from "../modules/analytics/forecast/backtest.js";

/**
 * `aftercare forecast backtest --csv FILE [--horizon 14]`: the production volume forecaster and
 * the seasonal-naive baseline backtested on an analyst's own daily history, with the shipped
 * mainland China calendar (holidays and 调休).
 */
export function backtestCsvFile(file: string, horizon = DEFAULT_HORIZON): BacktestResult {
  return backtest(parseDailyCsv(readFileSync(file, "utf8")), cnCalendarDays(), { horizon });
}
