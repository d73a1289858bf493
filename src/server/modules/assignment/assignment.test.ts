import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, DEFAULT_SETTINGS, decide } from "./assignment.js";

const c = (
  userId: string,
  open: number,
  capacity: number,
  skills: string[] = [],
  last: number | null = null,
): Candidate => ({
  userId,
  open,
  capacity,
  skills,
  lastAssignedAt: last,
});
const needs = { skills: [] as string[], tier: null, type: "repair" };

describe("decide", () => {
  it("prefers the lowest load ratio, not the fewest tickets", () => {
    expect(decide([c("a", 2, 4), c("b", 3, 10)], needs, DEFAULT_SETTINGS)?.userId).toBe("b");
  });
  it("skips full agents and agents missing a skill", () => {
    const d = decide(
      [c("full", 5, 5, ["washer"]), c("nos", 0, 5), c("ok", 4, 5, ["washer"])],
      { ...needs, skills: ["washer"] },
      DEFAULT_SETTINGS,
    );
    expect(d?.userId).toBe("ok");
    expect(decide([c("full", 5, 5)], needs, DEFAULT_SETTINGS)).toBeNull();
  });
  it("never picks anyone at or over capacity (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10), fc.nat(10)), { maxLength: 20 }), (rows) => {
        const pool = rows.map(([o, cap], i) => c(`u${i}`, o, cap));
        const d = decide(pool, needs, DEFAULT_SETTINGS);
        const chosen = pool.find((p) => p.userId === d?.userId);
        if (chosen) expect(chosen.open).toBeLessThan(chosen.capacity);
        else expect(pool.every((p) => p.open >= p.capacity)).toBe(true);
      }),
    );
  });
});
