import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, todayIn, warrantyEndsAt, warrantyStatus } from "./warranty.js";

describe("warranty dates", () => {
  it("covers through the day before the anniversary", () => {
    expect(warrantyEndsAt("2025-03-15", 12)).toBe("2026-03-14");
    expect(warrantyEndsAt("2024-02-29", 12)).toBe("2025-02-27");
  });

  it("clamps to the end of shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-10-31", -1)).toBe("2026-09-30");
  });

  it("is in warranty on the last covered day and expired the day after", () => {
    expect(warrantyStatus("2026-03-14", "2026-03-14")).toBe("in_warranty");
    expect(warrantyStatus("2026-03-14", "2026-03-15")).toBe("expired");
  });

  it("takes today in the tenant's time zone", () => {
    const lateUtc = new Date("2026-05-31T20:00:00Z");
    expect(todayIn("Asia/Shanghai", lateUtc)).toBe("2026-06-01");
    expect(todayIn("America/New_York", lateUtc)).toBe("2026-05-31");
  });

  it("never ends before the purchase and grows with the term", () => {
    const date = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), (purchased, months) => {
        const end = warrantyEndsAt(purchased, months);
        expect(end >= purchased).toBe(true);
        expect(warrantyEndsAt(purchased, months + 1) > end).toBe(true);
      }),
    );
  });
});
