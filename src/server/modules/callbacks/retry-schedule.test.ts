import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDay, localHour, nextAttemptAt, type RetryStep } from "./retry-schedule.js";

const rules = { timeZone: "Asia/Shanghai", startHour: 9, endHour: 20 };
const PLAN: RetryStep[] = [
  { kind: "hours", hours: 2 },
  { kind: "next_working_day" },
  { kind: "days", days: 2 },
];
// 2026-03-04 is a Wednesday; 14:00 in Shanghai is 06:00 UTC.
const wed14 = new Date("2026-03-04T06:00:00Z");

describe("callback retry schedule", () => {
  it("follows the plan: +2 h, the next working day's opening, +2 days", () => {
    expect(nextAttemptAt(PLAN, 1, 4, wed14, rules)?.toISOString()).toBe("2026-03-04T08:00:00.000Z");
    expect(nextAttemptAt(PLAN, 2, 4, wed14, rules)?.toISOString()).toBe("2026-03-05T01:00:00.000Z");
    expect(nextAttemptAt(PLAN, 3, 4, wed14, rules)?.toISOString()).toBe("2026-03-06T06:00:00.000Z");
  });

  it("stops after the last allowed attempt", () => {
    expect(nextAttemptAt(PLAN, 3, 3, wed14, rules)).toBeNull();
    expect(nextAttemptAt([], 1, 3, wed14, rules)).toBeNull();
  });

  it("never calls at night: +2 h after 19:00 is the next morning", () => {
    const fri19 = new Date("2026-03-06T11:00:00Z");
    expect(nextAttemptAt(PLAN, 1, 3, fri19, rules)?.toISOString()).toBe("2026-03-07T01:00:00.000Z");
  });

  it("skips the weekend and the tenant's holidays for the next working day", () => {
    const fri15 = new Date("2026-03-06T07:00:00Z");
    expect(nextAttemptAt(PLAN, 2, 3, fri15, rules)?.toISOString()).toBe("2026-03-09T01:00:00.000Z");
    const holiday = (d: string) => d !== "2026-03-09" && !["Sat", "Sun"].includes(dayName(d));
    expect(nextAttemptAt(PLAN, 2, 3, fri15, { ...rules, isWorkingDay: holiday })?.toISOString()).toBe(
      "2026-03-10T01:00:00.000Z",
    );
  });

  it("repeats the last step when the plan is shorter than the attempts", () => {
    expect(nextAttemptAt([{ kind: "hours", hours: 2 }], 3, 5, wed14, rules)?.toISOString()).toBe(
      "2026-03-04T08:00:00.000Z",
    );
  });

  const step = fc.oneof(
    fc.integer({ min: 1, max: 48 }).map((hours): RetryStep => ({ kind: "hours", hours })),
    fc.integer({ min: 1, max: 7 }).map((days): RetryStep => ({ kind: "days", days })),
    fc.constant<RetryStep>({ kind: "next_working_day" }),
  );
  const instant = fc.date({
    min: new Date("2025-01-01T00:00:00Z"),
    max: new Date("2028-12-31T00:00:00Z"),
    noInvalidDate: true,
  });
  const zone = fc.constantFrom("Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC");

  it("property: the retry is later, inside the calling window, and a working day when asked", () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        instant,
        zone,
        (plan, n, at, timeZone) => {
          const r = { ...rules, timeZone };
          const next = nextAttemptAt(plan, n, 6, at, r);
          expect(next).not.toBeNull();
          if (!next) return;
          expect(next.getTime()).toBeGreaterThan(at.getTime());
          const hour = localHour(next, timeZone);
          expect(hour).toBeGreaterThanOrEqual(9);
          expect(hour).toBeLessThan(20);
          const used = plan[Math.min(n, plan.length) - 1];
          if (used?.kind === "next_working_day") {
            expect(["Sat", "Sun"]).not.toContain(dayName(localDay(next, timeZone)));
            expect(localDay(next, timeZone) > localDay(at, timeZone)).toBe(true);
          }
          if (used?.kind === "hours")
            expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime() + used.hours * 3_600_000);
        },
      ),
    );
  });
});

function dayName(day: string): string {
  return new Date(`${day}T12:00:00Z`).toUTCString().slice(0, 3);
}
