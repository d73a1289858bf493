import { describe, expect, it } from "vitest";
import { holidayGaps } from "./holiday-coverage";

const cn2026 = ["2026-01-01", "2026-02-16", "2026-10-01", "2026-10-10"];

describe("holidayGaps", () => {
  it("says nothing before December when this year's holidays are in", () => {
    expect(holidayGaps(cn2026, "2026-11-30")).toEqual([]);
  });
  it("asks for next year's holidays from December 1st", () => {
    expect(holidayGaps(cn2026, "2026-12-01")).toEqual([{ year: 2027, kind: "next" }]);
    expect(holidayGaps([...cn2026, "2027-01-01"], "2026-12-15")).toEqual([]);
  });
  it("warns when the current year has no holidays at all, and in December about both years", () => {
    expect(holidayGaps(cn2026, "2027-03-02")).toEqual([{ year: 2027, kind: "current" }]);
    expect(holidayGaps([], "2026-12-05")).toEqual([
      { year: 2026, kind: "current" },
      { year: 2027, kind: "next" },
    ]);
  });
});
