import type { Services } from "../../../platform/context.js";
import { tenantDay } from "../tenant-day.js";
import { cnCalendarDays } from "./cn-calendar-days.js";
import { addDays, daysBetween } from "./day-kinds.js";
import { analyticsVolumeHistory } from "./forecast.tables.js";
import { syntheticVolume } from "./synthetic-volume.js";

// The demo's earlier history for the forecasts: synthetic daily counts (marked demo) per channel ×
// product line from 2025-01-01 to yesterday, with Chinese holidays, 调休 and growth, so the screen
// has well over a year to learn from and backtest. Nine rows, one INSERT.
const SERIES = [
  ["phone", 9],
  ["chat", 6],
  ["email", 3],
] as const;
const LINES = [
  ["washer", 1],
  ["fridge", 0.7],
  ["aircon", 0.5],
] as const;

export async function seedForecastDemo(s: Services, tenantId: string): Promise<void> {
  const yesterday = addDays(await tenantDay(s.db, tenantId, s.clock.now()), -1);
  const firstDay = "2025-01-01";
  if (daysBetween(firstDay, yesterday) < 60) return;
  const cal = cnCalendarDays();
  let seed = 20;
  const rows = SERIES.flatMap(([channel, level]) =>
    LINES.map(([productLine, share]) => ({
      tenantId,
      channel,
      productLine,
      firstDay,
      counts: syntheticVolume(firstDay, yesterday, cal, {
        level: level * share,
        yearlyGrowth: 0.15,
        seed: seed++,
      }).map((p) => p.value),
      demo: true,
    })),
  );
  await s.db.insert(analyticsVolumeHistory).values(rows);
}
