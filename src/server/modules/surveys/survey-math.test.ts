import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csatOf, lowScoreOf, meanOf, npsOf } from "./survey-math.js";

describe("NPS", () => {
  it("is % promoters (9–10) minus % detractors (0–6), passives (7–8) count in the total", () => {
    // 5 promoters, 3 passives, 2 detractors of 10: 50 % − 20 % = 30.
    expect(npsOf([10, 9, 9, 10, 9, 8, 7, 7, 6, 0])).toEqual({
      score: 30,
      promoters: 5,
      passives: 3,
      detractors: 2,
    });
  });
  it("is −100 when everyone is a detractor and 100 when everyone promotes", () => {
    expect(npsOf([0, 3, 6]).score).toBe(-100);
    expect(npsOf([9, 10]).score).toBe(100);
  });
  it("has no score without answers", () => {
    expect(npsOf([])).toEqual({ score: null, promoters: 0, passives: 0, detractors: 0 });
  });
  it("rounds to one decimal: 1 promoter of 3 is 33.3", () => {
    expect(npsOf([10, 7, 8]).score).toBe(33.3);
  });
  it("always lies in [−100, 100] and its three groups add up to the answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (xs) => {
        const r = npsOf(xs);
        expect(r.promoters + r.passives + r.detractors).toBe(xs.length);
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("CSAT and means", () => {
  it("CSAT is the share of 4 and 5", () => {
    expect(csatOf([5, 4, 3, 2])).toBe(50);
    expect(csatOf([1, 2, 3])).toBe(0);
    expect(csatOf([])).toBeNull();
  });
  it("the mean has two decimals", () => {
    expect(meanOf([1, 2, 2])).toBe(1.67);
    expect(meanOf([])).toBeNull();
  });
});

describe("low scores", () => {
  it("NPS 0–6 and CSAT 1–2 open a follow-up; NPS 7 and CSAT 3 do not", () => {
    expect(lowScoreOf("nps", 6)).toEqual({ reason: "nps_detractor", score: 6 });
    expect(lowScoreOf("nps", 7)).toBeNull();
    expect(lowScoreOf("csat", 2)).toEqual({ reason: "csat_low", score: 2 });
    expect(lowScoreOf("csat", 3)).toBeNull();
    expect(lowScoreOf("likert", 1)).toBeNull();
    expect(lowScoreOf("text", "bad")).toBeNull();
  });
});
