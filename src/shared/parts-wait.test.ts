import { describe, expect, it } from "vitest";
import { waitedDays, waitedMs } from "./parts-wait.js";

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 0, day, hour));

describe("days waited for parts", () => {
  it("is 0 without a wait, at least 1 for any wait, else rounded to whole days", () => {
    expect(waitedDays([])).toBe(0);
    expect(waitedDays([{ from: at(1, 9), to: at(1, 9) }])).toBe(0);
    expect(waitedDays([{ from: at(1, 9), to: at(1, 15) }])).toBe(1);
    expect(waitedDays([{ from: at(1), to: at(4) }])).toBe(3);
    expect(waitedDays([{ from: at(1), to: at(4, 1) }])).toBe(3);
    expect(waitedDays([{ from: at(1), to: at(4, 12) }])).toBe(4);
  });

  it("counts overlapping waits once and separate waits each", () => {
    // 1st–4th and 3rd–6th overlap: the 1st to the 6th, 5 days; then the 10th–12th, 2 more.
    const waits = [
      { from: at(3), to: at(6) },
      { from: at(1), to: at(4) },
      { from: at(10), to: at(12) },
      { from: at(2), to: at(3) },
    ];
    expect(waitedMs(waits)).toBe(7 * 86_400_000);
    expect(waitedDays(waits)).toBe(7);
  });
});
