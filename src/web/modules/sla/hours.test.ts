import { describe, expect, it } from "vitest";
import { dayKind, formatHours, mergeOverrides, parseHours, parseOverrides } from "./hours";

const OFFICE: [string, string][] = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];
const cal = {
  weekly: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] },
  overrides: [
    { date: "2026-10-01", hours: [] },
    { date: "2026-10-10", hours: OFFICE },
    { date: "2026-12-31", hours: [["09:00", "12:00"]] as [string, string][] },
  ],
};

describe("calendar hours in the admin screen", () => {
  it("parses and formats weekly hours, rejecting reversed or malformed intervals", () => {
    expect(parseHours("09:00-12:00, 13:00-18:00")).toEqual(OFFICE);
    expect(parseHours("9:00-24:00")).toEqual([["09:00", "24:00"]]);
    expect(parseHours("")).toEqual([]);
    expect(parseHours("18:00-09:00")).toBeNull();
    expect(parseHours("nine to five")).toBeNull();
    expect(formatHours(OFFICE)).toBe("09:00-12:00, 13:00-18:00");
  });

  it("reads a year's notice line by line and names the first bad line", () => {
    expect(parseOverrides("2027-01-01 holiday\n\n2027-02-07 09:00-12:00,13:00-18:00")).toEqual([
      { date: "2027-01-01", hours: [] },
      { date: "2027-02-07", hours: OFFICE },
    ]);
    expect(parseOverrides("2027-01-01 休\n2027-13-40 holiday")).toEqual({ badLine: 2 });
    expect(parseOverrides("2027-01-01 later")).toEqual({ badLine: 1 });
  });

  it("replaces an existing date when merging and keeps dates in order", () => {
    const merged = mergeOverrides(cal.overrides, [
      { date: "2026-12-31", hours: [] },
      { date: "2026-01-01", hours: [] },
    ]);
    expect(merged.map((o) => o.date)).toEqual(["2026-01-01", "2026-10-01", "2026-10-10", "2026-12-31"]);
    expect(merged.at(-1)?.hours).toEqual([]);
  });

  it("tells holidays, 调休 working days, special hours and weekends apart", () => {
    expect(dayKind(cal, "2026-10-01")).toBe("holiday");
    expect(dayKind(cal, "2026-10-10")).toBe("workday"); // a Saturday made a working day
    expect(dayKind(cal, "2026-12-31")).toBe("special");
    expect(dayKind(cal, "2026-10-11")).toBe("closed"); // Sunday
    expect(dayKind(cal, "2026-10-12")).toBe("open");
  });
});
