import { describe, expect, it } from "vitest";
import { deadlineText, noticeDeadline, tooLateToChange } from "./notice-rule.js";

describe("the visit notice rule", () => {
  const window = new Date("2026-12-07T02:00:00Z"); // 10:00 in Shanghai
  it("allows a change up to the deadline and refuses it after", () => {
    expect(noticeDeadline(window, 24).toISOString()).toBe("2026-12-06T02:00:00.000Z");
    expect(tooLateToChange(new Date("2026-12-06T02:00:00Z"), window, 24)).toBe(false);
    expect(tooLateToChange(new Date("2026-12-06T02:00:01Z"), window, 24)).toBe(true);
    expect(tooLateToChange(new Date("2026-12-07T01:59:00Z"), window, 0)).toBe(false);
  });
  it("a visit with no window yet may always be booked", () => {
    expect(tooLateToChange(new Date("2030-01-01T00:00:00Z"), null, 24)).toBe(false);
  });
  it("names the deadline in the tenant's time zone", () => {
    expect(deadlineText(noticeDeadline(window, 24), "Asia/Shanghai")).toBe("2026-12-06 10:00");
    expect(deadlineText(noticeDeadline(window, 24), "UTC")).toBe("2026-12-06 02:00");
  });
});
