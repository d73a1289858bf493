import { describe, expect, it } from "vitest";
import { canMove, checkWindows, quarterOf } from "./pdca-states.js";

describe("PDCA cycle", () => {
  it("moves plan → do → check → act, and back from check to do only", () => {
    expect(canMove("plan", "do")).toBe(true);
    expect(canMove("do", "check")).toBe(true);
    expect(canMove("check", "act")).toBe(true);
    expect(canMove("check", "do")).toBe(true);
    expect(canMove("plan", "check")).toBe(false);
    expect(canMove("do", "act")).toBe(false);
    expect(canMove("closed", "plan")).toBe(false);
  });

  it("compares equal windows before the plan and after the do phase", () => {
    // Do ended 2026-03-10, today 2026-03-16: 7 days after; the 7 days before a plan started 03-01.
    expect(checkWindows("2026-03-01", "2026-03-10", "2026-03-16", 30)).toEqual({
      before: { from: "2026-02-22", to: "2026-02-28" },
      after: { from: "2026-03-10", to: "2026-03-16" },
      days: 7,
    });
    // Capped at the longest window asked for; on the day do ended, one day each.
    expect(checkWindows("2026-03-01", "2026-03-10", "2026-06-30", 14).days).toBe(14);
    expect(checkWindows("2026-03-01", "2026-03-10", "2026-03-10", 30).before).toEqual({
      from: "2026-02-28",
      to: "2026-02-28",
    });
  });

  it("names quarters", () => {
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(quarterOf("2026-06-30")).toBe("2026-Q2");
    expect(quarterOf("2026-12-31")).toBe("2026-Q4");
  });
});
