import { describe, expect, it } from "vitest";
import { cooledDown, deliveryTime, inQuietHours } from "./quiet-hours.js";

const night = { start: "22:00", end: "07:00" };
const SH = "Asia/Shanghai";

describe("quiet hours in the tenant's time zone", () => {
  it("holds an alert found at 23:30 Shanghai time until 07:00 the next morning", () => {
    const at = new Date("2026-03-02T15:30:00Z"); // 23:30 in Shanghai
    expect(inQuietHours(at, SH, night)).toBe(true);
    expect(deliveryTime(at, SH, night, "warning").toISOString()).toBe("2026-03-02T23:00:00.000Z");
  });

  it("holds one found after midnight (02:10) until 07:00 the same morning", () => {
    const at = new Date("2026-03-02T18:10:00Z"); // 02:10 on the 3rd in Shanghai
    expect(deliveryTime(at, SH, night, "warning").toISOString()).toBe("2026-03-02T23:00:00.000Z");
  });

  it("delivers at once outside quiet hours, a critical one always, and without quiet hours", () => {
    const noon = new Date("2026-03-02T04:00:00Z"); // 12:00 in Shanghai
    expect(deliveryTime(noon, SH, night, "warning")).toEqual(noon);
    const late = new Date("2026-03-02T15:30:00Z");
    expect(deliveryTime(late, SH, night, "critical")).toEqual(late);
    expect(deliveryTime(late, SH, null, "warning")).toEqual(late);
    // The same instant is 15:30 in London: not quiet there.
    expect(inQuietHours(late, "Europe/London", night)).toBe(false);
  });

  it("handles a window within one day (12:00–13:30) and its edges", () => {
    const lunch = { start: "12:00", end: "13:30" };
    expect(inQuietHours(new Date("2026-03-02T04:00:00Z"), SH, lunch)).toBe(true); // 12:00
    expect(inQuietHours(new Date("2026-03-02T05:30:00Z"), SH, lunch)).toBe(false); // 13:30
    expect(deliveryTime(new Date("2026-03-02T04:45:00Z"), SH, lunch, "warning").toISOString()).toBe(
      "2026-03-02T05:30:00.000Z",
    );
  });
});

describe("cool-down", () => {
  it("waits the rule's hours since the subject's last alert", () => {
    const last = new Date("2026-03-02T00:00:00Z");
    expect(cooledDown(null, last, 24)).toBe(true);
    expect(cooledDown(last, new Date("2026-03-02T23:59:00Z"), 24)).toBe(false);
    expect(cooledDown(last, new Date("2026-03-03T00:00:00Z"), 24)).toBe(true);
  });
});
