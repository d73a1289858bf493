import { describe, expect, it } from "vitest";
import { lastCompletePeriod, periodRange, previousPeriod } from "./periods.js";

describe("review periods", () => {
  it("covers whole months, leap Februaries and half years", () => {
    expect(periodRange("monthly", "2026-11")).toMatchObject({ from: "2026-11-01", to: "2026-11-30" });
    expect(periodRange("monthly", "2028-02")).toMatchObject({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodRange("monthly", "2026-02")).toMatchObject({ to: "2026-02-28" });
    expect(periodRange("half_yearly", "2026-H1")).toMatchObject({ from: "2026-01-01", to: "2026-06-30" });
    expect(periodRange("half_yearly", "2026-H2")).toMatchObject({ from: "2026-07-01", to: "2026-12-31" });
  });

  it("compares with the period before, across a year's end", () => {
    expect(previousPeriod(periodRange("monthly", "2026-01")).period).toBe("2025-12");
    expect(previousPeriod(periodRange("monthly", "2026-11")).period).toBe("2026-10");
    expect(previousPeriod(periodRange("half_yearly", "2026-H1")).period).toBe("2025-H2");
    expect(previousPeriod(periodRange("half_yearly", "2026-H2")).period).toBe("2026-H1");
  });

  it("reviews the last period that has ended", () => {
    expect(lastCompletePeriod("monthly", "2026-12-01").period).toBe("2026-11");
    expect(lastCompletePeriod("monthly", "2026-01-15").period).toBe("2025-12");
    expect(lastCompletePeriod("half_yearly", "2026-07-01").period).toBe("2026-H1");
    expect(lastCompletePeriod("half_yearly", "2026-06-30").period).toBe("2025-H2");
    expect(lastCompletePeriod("half_yearly", "2027-01-01").period).toBe("2026-H2");
  });
});
