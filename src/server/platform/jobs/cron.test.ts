import { describe, expect, it } from "vitest";
import { parseSchedule } from "./cron.js";

const next = (spec: string, after: string) => parseSchedule(spec).next(new Date(after)).toISOString();

describe("schedules", () => {
  it("steps, ranges and lists of minutes and hours", () => {
    expect(next("*/5 * * * *", "2026-12-05T04:21:30Z")).toBe("2026-12-05T04:25:00.000Z");
    expect(next("*/5 * * * *", "2026-12-05T04:25:00Z")).toBe("2026-12-05T04:30:00.000Z");
    expect(next("0 3 * * *", "2026-12-05T04:00:00Z")).toBe("2026-12-06T03:00:00.000Z");
    expect(next("15,45 9-17/4 * * *", "2026-12-05T09:50:00Z")).toBe("2026-12-05T13:15:00.000Z");
  });

  it("months and days, with cron's either-day rule", () => {
    expect(next("0 0 1 * *", "2026-12-05T00:00:00Z")).toBe("2027-01-01T00:00:00.000Z");
    // 2026-12-05 is a Saturday: the next Monday is the 7th.
    expect(next("30 8 * * 1", "2026-12-05T10:00:00Z")).toBe("2026-12-07T08:30:00.000Z");
    expect(next("0 0 * * 7", "2026-12-05T10:00:00Z")).toBe("2026-12-06T00:00:00.000Z");
    expect(next("0 0 10 * 1", "2026-12-05T10:00:00Z")).toBe("2026-12-07T00:00:00.000Z");
    expect(next("0 12 29 2 *", "2027-03-01T00:00:00Z")).toBe("2028-02-29T12:00:00.000Z");
  });

  it("plain intervals", () => {
    expect(next("every 90s", "2026-12-05T04:00:00Z")).toBe("2026-12-05T04:01:30.000Z");
    expect(next("every 1h", "2026-12-05T04:00:00Z")).toBe("2026-12-05T05:00:00.000Z");
  });

  it("refuses what it cannot read or what never fires", () => {
    for (const bad of [
      "* * * *",
      "60 * * * *",
      "*/0 * * * *",
      "a * * * *",
      "5-1 * * * *",
      "every 0s",
      "every 5w",
    ])
      expect(() => parseSchedule(bad), bad).toThrow(/schedule/);
    expect(() => parseSchedule("0 0 31 2 *").next(new Date())).toThrow(/never fires/);
  });
});
