import { describe, expect, it } from "vitest";
import { dueQuarterRound, startOfZonedDay } from "./survey-rounds.js";

describe("a quarterly survey's due round", () => {
  it("is due from the chosen day of the chosen month of each quarter to the quarter's end", () => {
    const second15 = { monthOfQuarter: 2, day: 15 } as const;
    expect(dueQuarterRound(second15, "2026-10-01")).toBeNull();
    expect(dueQuarterRound(second15, "2026-11-14")).toBeNull();
    expect(dueQuarterRound(second15, "2026-11-15")).toBe("2026-Q4");
    expect(dueQuarterRound(second15, "2026-12-31")).toBe("2026-Q4");
    expect(dueQuarterRound(second15, "2027-01-01")).toBeNull();
    expect(dueQuarterRound(second15, "2027-02-15")).toBe("2027-Q1");
    expect(dueQuarterRound({ monthOfQuarter: 1, day: 1 }, "2026-07-01")).toBe("2026-Q3");
    expect(dueQuarterRound({ monthOfQuarter: 3, day: 28 }, "2026-06-27")).toBeNull();
    expect(dueQuarterRound({ monthOfQuarter: 3, day: 28 }, "2026-06-28")).toBe("2026-Q2");
  });
});

describe("the start of a tenant's day", () => {
  it("is local midnight in the tenant's zone, days added", () => {
    expect(startOfZonedDay("2026-12-05", 0, "Asia/Shanghai").toISOString()).toBe("2026-12-04T16:00:00.000Z");
    expect(startOfZonedDay("2026-12-05", 3, "Asia/Shanghai").toISOString()).toBe("2026-12-07T16:00:00.000Z");
    expect(startOfZonedDay("2026-12-31", 1, "UTC").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(startOfZonedDay("2026-07-01", 0, "Europe/Berlin").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});
