import { BacktestInputError } from "./backtest.js";
import { addDays, daysBetween } from "./day-kinds.js";
import type { DailyPoint } from "./forecaster.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `date,value` rows (daily, oldest first; an optional header; blank lines ignored) into a
 * consecutive daily series. A day missing between two rows is a day with no tickets (0), as a
 * ticket export leaves it out.
 */
export function parseDailyCsv(text: string): DailyPoint[] {
  const out: DailyPoint[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const [date = "", value = "", ...rest] = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
    if (i === 0 && !DATE.test(date)) return; // header
    const n = Number(value);
    if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || rest.length > 0)
      throw new BacktestInputError(`line ${i + 1}: expected "YYYY-MM-DD,number", got "${line}"`);
    if (value === "" || !Number.isFinite(n) || n < 0)
      throw new BacktestInputError(`line ${i + 1}: the value must be a number ≥ 0, got "${value}"`);
    const prev = out.at(-1);
    if (prev) {
      const gap = daysBetween(prev.date, date);
      if (gap <= 0) throw new BacktestInputError(`line ${i + 1}: ${date} is not after ${prev.date}`);
      for (let d = 1; d < gap; d++) out.push({ date: addDays(prev.date, d), value: 0 });
    }
    out.push({ date, value: n });
  });
  return out;
}
