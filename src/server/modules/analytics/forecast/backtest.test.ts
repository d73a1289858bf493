import { describe, expect, it } from "vitest";
import { backtest } from "./backtest.js";
import { cnCalendarDays } from "./cn-calendar-days.js";
import { dayKind, NO_CALENDAR } from "./day-kinds.js";
import { fitForecaster, seasonalNaive } from "./forecaster.js";
import { syntheticVolume } from "./synthetic-volume.js";

const cn = cnCalendarDays();

describe("volume forecaster on a synthetic desk with Chinese holidays and 调休", () => {
  // 2025-01 … 2026-06: Spring Festival, Qingming, Labour Day, Dragon Boat and National Day twice
  // over, and their make-up working weekends.
  const series = syntheticVolume("2025-01-01", "2026-06-30", cn, { level: 40, yearlyGrowth: 0.2, seed: 7 });

  it("knows the calendar: a holiday, a 调休 Sunday, an ordinary weekend", () => {
    expect(dayKind("2026-02-17", cn)).toBe("holiday"); // 春节
    expect(dayKind("2026-02-14", cn)).toBe("makeup"); // Saturday worked
    expect(dayKind("2026-03-07", cn)).toBe("weekend");
    expect(dayKind("2026-03-09", cn)).toBe("weekday");
  });

  it("beats seasonal naive in a rolling-origin backtest, with honest 80 % intervals", () => {
    const r = backtest(series, cn, { horizon: 14 });
    expect(r.folds).toBe(12);
    expect(r.horizon).toBe(14);
    expect(r.mase).toBeLessThan(r.baselineMase * 0.8);
    expect(r.coverage80).toBeGreaterThanOrEqual(0.7);
    expect(r.coverage80).toBeLessThanOrEqual(0.9);
  });

  it("forecasts a holiday low and a 调休 Saturday like a weekday, where seasonal naive cannot", () => {
    // Trained up to the eve of Spring Festival 2026, forecasting the break and the weekend worked.
    const train = series.filter((p) => p.date < "2026-02-14");
    const [makeup, holiday, ordinarySat] = fitForecaster(train, cn).forecast([
      "2026-02-14",
      "2026-02-17",
      "2026-02-07",
    ]);
    expect(holiday?.mean).toBeLessThan((ordinarySat?.mean ?? 0) * 0.8);
    expect(makeup?.mean).toBeGreaterThan((ordinarySat?.mean ?? 0) * 1.3);
    // Last week's Saturday is all the naive forecast knows.
    const [naiveMakeup] = seasonalNaive(train).forecast(["2026-02-14"]);
    expect(
      Math.abs((naiveMakeup?.mean ?? 0) - (series.find((p) => p.date === "2026-02-14")?.value ?? 0)),
    ).toBeGreaterThan(
      Math.abs((makeup?.mean ?? 0) - (series.find((p) => p.date === "2026-02-14")?.value ?? 0)),
    );
  });

  it("loses its edge without the calendar: the holidays are what it learns from it", () => {
    const withCal = backtest(series, cn);
    const without = backtest(series, NO_CALENDAR);
    expect(without.mase).toBeGreaterThan(withCal.mase);
  });

  it("refuses a history too short to backtest", () => {
    expect(() => backtest(series.slice(0, 30), cn, { horizon: 14 })).toThrow(/at least 42 days/);
  });
});
