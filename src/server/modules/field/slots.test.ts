import { describe, expect, it } from "vitest";
import { freeSlots, localMidnight } from "./slots.js";

const tz = "Asia/Shanghai";
// Monday 2026-12-07, 06:00 in Shanghai.
const monday = new Date("2026-12-06T22:00:00Z");
const weekdays = { workDays: [1, 2, 3, 4, 5], shiftStart: 9 * 60, shiftEnd: 17 * 60 };

describe("free booking windows", () => {
  it("offers 2-hour windows inside the shift, in the tenant's time zone, on working days only", () => {
    const slots = freeSlots({
      technicians: [{ userId: "t1", ...weekdays }],
      busy: [],
      from: monday,
      days: 7,
      timeZone: tz,
      durationMinutes: 90,
    });
    expect(slots[0]?.start.toISOString()).toBe("2026-12-07T01:00:00.000Z"); // 09:00 in Shanghai
    expect(slots).toHaveLength(5 * 4); // Mon–Fri, 09–11, 11–13, 13–15, 15–17
    expect(slots.some((s) => s.start.toISOString().startsWith("2026-12-12"))).toBe(false); // Saturday
  });

  it("leaves out a window a technician's visit overlaps, unless someone else is free", () => {
    const busy = [
      { technicianId: "t1", start: new Date("2026-12-07T01:30:00Z"), end: new Date("2026-12-07T02:30:00Z") },
    ];
    const one = freeSlots({
      technicians: [{ userId: "t1", ...weekdays }],
      busy,
      from: monday,
      days: 1,
      timeZone: tz,
      durationMinutes: 60,
    });
    expect(one.map((s) => s.start.toISOString())).not.toContain("2026-12-07T01:00:00.000Z");
    const two = freeSlots({
      technicians: [
        { userId: "t1", ...weekdays },
        { userId: "t2", ...weekdays },
      ],
      busy,
      from: monday,
      days: 1,
      timeZone: tz,
      durationMinutes: 60,
    });
    expect(two[0]).toMatchObject({ technicianIds: ["t2"] });
  });

  it("never offers a window that has already started, and a long visit gets a longer window", () => {
    const eleven = new Date("2026-12-07T03:00:00Z"); // 11:00 in Shanghai
    const slots = freeSlots({
      technicians: [{ userId: "t1", ...weekdays }],
      busy: [],
      from: eleven,
      days: 1,
      timeZone: tz,
      durationMinutes: 180,
    });
    // 3-hour windows from 09:00: 09–12 has started, 12–15 fits, 15–18 runs past the shift.
    expect(slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2026-12-07T04:00:00.000Z", "2026-12-07T07:00:00.000Z"],
    ]);
  });

  it("finds local midnight across a daylight-saving change", () => {
    expect(localMidnight(2026, 3, 8, "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(localMidnight(2026, 3, 9, "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});
