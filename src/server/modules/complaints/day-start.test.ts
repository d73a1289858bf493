import { describe, expect, it } from "vitest";
import { dayStartIn } from "./day-start.js";

describe("dayStartIn", () => {
  it("is local midnight: Shanghai is 8 hours ahead, New York moves with daylight saving", () => {
    expect(dayStartIn("2026-03-01", "Asia/Shanghai").toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(dayStartIn("2026-01-15", "America/New_York").toISOString()).toBe("2026-01-15T05:00:00.000Z");
    expect(dayStartIn("2026-07-15", "America/New_York").toISOString()).toBe("2026-07-15T04:00:00.000Z");
  });
});
