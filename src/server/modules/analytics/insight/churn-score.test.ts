import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CustomerFacts, churnLevel, scoreChurn } from "./churn-score.js";

// A loyal, recently active, happy gold customer: no factor adds anything but the tier's 2.
const calm: CustomerFacts = {
  tier: "gold",
  daysSinceLastActivity: 10,
  complaints: 0,
  lowSurveyAnswers: 0,
  repeatRepairs: 0,
  warrantyEndsInDays: 400,
};
const pointsOf = (f: CustomerFacts, factor: string) =>
  scoreChurn(f).factors.find((x) => x.factor === factor)?.points;

describe("churn score", () => {
  it("gives a calm customer only the tier's points and a low level", () => {
    const r = scoreChurn(calm);
    expect(r.score).toBe(2);
    expect(r.level).toBe("low");
    expect(r.factors.map((f) => f.factor)).toEqual([
      "recency",
      "complaints",
      "low_survey",
      "repeat_repairs",
      "warranty_end",
      "tier",
    ]);
  });

  it("adds each factor's own points, shown beside the score", () => {
    expect(pointsOf({ ...calm, daysSinceLastActivity: 100 }, "recency")).toBe(5);
    expect(pointsOf({ ...calm, daysSinceLastActivity: 200 }, "recency")).toBe(15);
    expect(pointsOf({ ...calm, daysSinceLastActivity: null }, "recency")).toBe(25);
    expect(pointsOf({ ...calm, complaints: 2 }, "complaints")).toBe(20);
    expect(pointsOf({ ...calm, complaints: 9 }, "complaints")).toBe(30);
    expect(pointsOf({ ...calm, lowSurveyAnswers: 1 }, "low_survey")).toBe(10);
    expect(pointsOf({ ...calm, repeatRepairs: 2 }, "repeat_repairs")).toBe(16);
    expect(pointsOf({ ...calm, warrantyEndsInDays: -30 }, "warranty_end")).toBe(10);
    expect(pointsOf({ ...calm, warrantyEndsInDays: 60 }, "warranty_end")).toBe(6);
    expect(pointsOf({ ...calm, warrantyEndsInDays: -900 }, "warranty_end")).toBe(4);
    expect(pointsOf({ ...calm, tier: "standard" }, "tier")).toBe(5);
    expect(pointsOf({ ...calm, tier: "vip" }, "tier")).toBe(0);
  });

  it("sums the factors into the score and the thresholds into the level", () => {
    // Two complaints (20) + a low CSAT (10) + warranty just ended (10) + standard (5) = 45.
    const r = scoreChurn({
      ...calm,
      tier: "standard",
      complaints: 2,
      lowSurveyAnswers: 1,
      warrantyEndsInDays: -10,
    });
    expect(r.score).toBe(45);
    expect(r.level).toBe("medium");
    expect(r.score).toBe(r.factors.reduce((s, f) => s + f.points, 0));
    expect(churnLevel(24)).toBe("low");
    expect(churnLevel(25)).toBe("medium");
    expect(churnLevel(50)).toBe("high");
  });

  const facts = fc.record({
    tier: fc.constantFrom("standard", "gold", "vip"),
    daysSinceLastActivity: fc.option(fc.integer({ min: 0, max: 2000 })),
    complaints: fc.integer({ min: 0, max: 20 }),
    lowSurveyAnswers: fc.integer({ min: 0, max: 20 }),
    repeatRepairs: fc.integer({ min: 0, max: 20 }),
    warrantyEndsInDays: fc.option(fc.integer({ min: -2000, max: 2000 })),
  });

  it("never lowers the score for one more complaint, low answer, repeat repair or quieter day", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const base = scoreChurn(f).score;
        expect(scoreChurn({ ...f, complaints: f.complaints + 1 }).score).toBeGreaterThanOrEqual(base);
        expect(scoreChurn({ ...f, lowSurveyAnswers: f.lowSurveyAnswers + 1 }).score).toBeGreaterThanOrEqual(
          base,
        );
        expect(scoreChurn({ ...f, repeatRepairs: f.repeatRepairs + 1 }).score).toBeGreaterThanOrEqual(base);
        if (f.daysSinceLastActivity !== null)
          expect(
            scoreChurn({ ...f, daysSinceLastActivity: f.daysSinceLastActivity + 1 }).score,
          ).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 500 },
    );
  });

  it("raises the score with a complaint until the cap, and stays within 0 … 100", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = scoreChurn(f);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const more = scoreChurn({ ...f, complaints: 0 });
        const one = scoreChurn({ ...f, complaints: 1 });
        if (more.score <= 90) expect(one.score).toBe(more.score + 10);
      }),
    );
  });
});
