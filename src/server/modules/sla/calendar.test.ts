import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  addBusinessMs,
  type CalendarSpec,
  compileCalendar,
  elapsedBusinessMinutes,
  elapsedBusinessMs,
  isIntervalEnd,
  isOpenAt,
} from "./calendar.js";
import { allDayCalendar, chinaBusinessCalendar } from "./presets.js";

const cn = compileCalendar(chinaBusinessCalendar());
const d = (iso: string) => new Date(iso);
const due = (cal: ReturnType<typeof compileCalendar>, start: string, minutes: number) =>
  addBusinessMinutes(cal, d(start), minutes).toISOString();

const nine: CalendarSpec["weekly"] = {
  mon: [["09:00", "17:00"]],
  tue: [["09:00", "17:00"]],
  wed: [["09:00", "17:00"]],
  thu: [["09:00", "17:00"]],
  fri: [["09:00", "17:00"]],
  sat: [],
  sun: [],
};
const nyc = compileCalendar({ timezone: "America/New_York", weekly: nine, overrides: [] });
const berlin = compileCalendar(allDayCalendar("Europe/Berlin"));
const night = compileCalendar({
  timezone: "Asia/Shanghai",
  weekly: {
    mon: [["22:00", "24:00"]],
    tue: [["00:00", "06:00"]],
    wed: [],
    thu: [],
    fri: [],
    sat: [],
    sun: [],
  },
  overrides: [],
});

describe("China business calendar", () => {
  it("skips the lunch break and the evening", () => {
    // Mon 2026-03-02 11:30 Shanghai + 60 min → 13:30
    expect(due(cn, "2026-03-02T11:30:00+08:00", 60)).toBe("2026-03-02T05:30:00.000Z");
    // 17:30 + 60 min → next day 09:30
    expect(due(cn, "2026-03-02T17:30:00+08:00", 60)).toBe("2026-03-03T01:30:00.000Z");
  });
  it("ends exactly at an interval's end instead of the next opening", () => {
    expect(due(cn, "2026-03-02T11:00:00+08:00", 60)).toBe("2026-03-02T04:00:00.000Z"); // 12:00
    expect(due(cn, "2026-03-02T09:00:00+08:00", 480)).toBe("2026-03-02T10:00:00.000Z"); // 18:00
  });
  it("starts the clock at the next opening, also for zero minutes", () => {
    expect(due(cn, "2026-03-07T10:00:00+08:00", 0)).toBe("2026-03-09T01:00:00.000Z"); // Sat → Mon 09:00
    expect(due(cn, "2026-03-02T12:30:00+08:00", 0)).toBe("2026-03-02T05:00:00.000Z"); // lunch → 13:00
    expect(due(cn, "2026-03-02T10:00:00+08:00", 0)).toBe("2026-03-02T02:00:00.000Z"); // inside: now
  });
  it("treats National Day as closed and the 调休 Saturday 2026-10-10 as a working day", () => {
    // Wed 2026-09-30 17:00 + 120 min: 1 h left that day, then 10-01…10-07 holidays, 10-08 Thu 09:00–10:00
    expect(due(cn, "2026-09-30T17:00:00+08:00", 120)).toBe("2026-10-08T02:00:00.000Z");
    // Fri 2026-10-09 17:00 + 120 min → Saturday 10-10 (make-up day) 10:00
    expect(due(cn, "2026-10-09T17:00:00+08:00", 120)).toBe("2026-10-10T02:00:00.000Z");
    // Sunday 2026-09-20 is a make-up working day; Sunday 2026-09-27 is a holiday
    expect(isOpenAt(cn, d("2026-09-20T10:00:00+08:00"))).toBe(true);
    expect(isOpenAt(cn, d("2026-09-27T10:00:00+08:00"))).toBe(false);
    expect(due(cn, "2026-09-25T10:00:00+08:00", 0)).toBe("2026-09-28T01:00:00.000Z");
  });
  it("counts 200 working days across the Spring Festival week", () => {
    const start = d("2026-01-05T09:00:00+08:00");
    const end = addBusinessMinutes(cn, start, 200 * 480);
    expect(elapsedBusinessMinutes(cn, start, end)).toBe(200 * 480);
    // 200 working days from 2026-01-05 (Mon): counted by hand from the JSON: ends 2026-10-28 18:00
    let days = 0;
    for (let t = start.getTime(); t < end.getTime(); t += 86_400_000)
      if (isOpenAt(cn, new Date(t + 3_600_000))) days++;
    expect(days).toBe(200);
    expect(isIntervalEnd(cn, end)).toBe(true);
  });
});

describe("daylight saving time", () => {
  it("New York: a 9–17 day after the March change starts at 13:00 UTC instead of 14:00", () => {
    // Fri 2026-03-06 16:00 EST + 120 min → Mon 2026-03-09 (EDT) 10:00 = 14:00Z
    expect(due(nyc, "2026-03-06T21:00:00Z", 120)).toBe("2026-03-09T14:00:00.000Z");
    // November: Fri 2026-10-30 16:00 EDT + 120 → Mon 11-02 10:00 EST = 15:00Z
    expect(due(nyc, "2026-10-30T20:00:00Z", 120)).toBe("2026-11-02T15:00:00.000Z");
  });
  it("Berlin 24×7: the spring night has 23 hours, the autumn one 25", () => {
    const springDay = elapsedBusinessMinutes(berlin, d("2026-03-28T23:00:00Z"), d("2026-03-29T22:00:00Z"));
    expect(springDay).toBe(23 * 60);
    // Sat 2026-03-28 12:00 CET + 24 h of business time = Sun 13:00 CEST = 11:00Z (exactly 24 real hours)
    expect(due(berlin, "2026-03-28T11:00:00Z", 24 * 60)).toBe("2026-03-29T11:00:00.000Z");
    expect(elapsedBusinessMinutes(berlin, d("2026-10-24T22:00:00Z"), d("2026-10-25T23:00:00Z"))).toBe(
      25 * 60,
    );
  });
  it("is exact to the second", () => {
    expect(addBusinessMs(nyc, d("2026-03-09T13:00:00Z"), 61_000).toISOString()).toBe(
      "2026-03-09T13:01:01.000Z",
    );
  });
});

describe("night shifts and 24:00", () => {
  it("joins Monday 22:00–24:00 and Tuesday 00:00–06:00 into one shift", () => {
    expect(due(night, "2026-03-02T23:00:00+08:00", 120)).toBe("2026-03-02T17:00:00.000Z"); // Tue 01:00
    expect(due(night, "2026-03-02T22:00:00+08:00", 120)).toBe("2026-03-02T16:00:00.000Z"); // 24:00 end
    expect(due(night, "2026-03-03T07:00:00+08:00", 30)).toBe("2026-03-09T14:30:00.000Z"); // next Mon 22:30
  });
});

// Instants between 2025-01 and 2027-06 at second resolution.
const instant = fc
  .integer({ min: Date.parse("2025-01-01T00:00:00Z") / 1000, max: Date.parse("2026-12-01T00:00:00Z") / 1000 })
  .map((s) => new Date(s * 1000));
const calendars = fc.constantFrom(cn, nyc, berlin, night);
const minutes = fc.integer({ min: 0, max: 20_000 });

describe("calendar properties", () => {
  it("adding a then b minutes equals adding a + b", () => {
    fc.assert(
      fc.property(calendars, instant, minutes, minutes, (cal, start, a, b) => {
        const once = addBusinessMinutes(cal, start, a + b).getTime();
        const mid = addBusinessMinutes(cal, start, a);
        const twice = addBusinessMinutes(cal, mid, b).getTime();
        // Landing on an interval end and restarting at the next opening is the one allowed difference.
        if (b === 0) return twice >= once;
        return twice === once;
      }),
      { numRuns: 300 },
    );
  });
  it("a due time is open time or an interval's end, never closed time", () => {
    fc.assert(
      fc.property(calendars, instant, minutes, (cal, start, m) => {
        const t = addBusinessMinutes(cal, start, m);
        return isOpenAt(cal, t) || isIntervalEnd(cal, t);
      }),
      { numRuns: 300 },
    );
  });
  it("does not depend on the offset the start was written with", () => {
    fc.assert(
      fc.property(calendars, instant, minutes, fc.integer({ min: -12, max: 14 }), (cal, start, m, h) => {
        const sign = h < 0 ? "-" : "+";
        const local = new Date(start.getTime() + h * 3_600_000).toISOString().slice(0, 19);
        const written = `${local}${sign}${String(Math.abs(h)).padStart(2, "0")}:00`;
        return (
          addBusinessMinutes(cal, new Date(written), m).getTime() ===
          addBusinessMinutes(cal, start, m).getTime()
        );
      }),
      { numRuns: 200 },
    );
  });
  it("elapsed(start, due(start, m)) = m for starts inside business hours", () => {
    fc.assert(
      fc.property(calendars, instant, minutes, (cal, start, m) => {
        fc.pre(isOpenAt(cal, start));
        return elapsedBusinessMs(cal, start, addBusinessMinutes(cal, start, m)) === m * 60_000;
      }),
      { numRuns: 300 },
    );
  });
});
