import { describe, expect, it } from "vitest";
import { classify, KANO_ANSWERS, type KanoCategory, summarise } from "./kano.js";

// The standard evaluation table, written out cell by cell (rows functional, columns dysfunctional).
const EXPECTED: Record<string, Record<string, KanoCategory>> = {
  like: {
    like: "questionable",
    expect: "delight",
    neutral: "delight",
    live_with: "delight",
    dislike: "performance",
  },
  expect: {
    like: "reverse",
    expect: "indifferent",
    neutral: "indifferent",
    live_with: "indifferent",
    dislike: "basic",
  },
  neutral: {
    like: "reverse",
    expect: "indifferent",
    neutral: "indifferent",
    live_with: "indifferent",
    dislike: "basic",
  },
  live_with: {
    like: "reverse",
    expect: "indifferent",
    neutral: "indifferent",
    live_with: "indifferent",
    dislike: "basic",
  },
  dislike: {
    like: "reverse",
    expect: "reverse",
    neutral: "reverse",
    live_with: "reverse",
    dislike: "questionable",
  },
};

describe("KANO evaluation table", () => {
  for (const f of KANO_ANSWERS)
    for (const d of KANO_ANSWERS)
      it(`functional ${f} × dysfunctional ${d} → ${EXPECTED[f]?.[d]}`, () => {
        expect(classify(f, d)).toBe(EXPECTED[f]?.[d]);
      });

  it("names the most frequent category with the better/worse coefficients", () => {
    const s = summarise([
      { functional: "like", dysfunctional: "dislike" }, // performance
      { functional: "like", dysfunctional: "dislike" }, // performance
      { functional: "expect", dysfunctional: "dislike" }, // basic
      { functional: "like", dysfunctional: "neutral" }, // delight
      { functional: "dislike", dysfunctional: "dislike" }, // questionable
    ]);
    expect(s.category).toBe("performance");
    expect(s.distribution).toEqual({
      basic: 1,
      performance: 2,
      delight: 1,
      indifferent: 0,
      reverse: 0,
      questionable: 1,
    });
    // A+O+M+I = 4: better (1+2)/4, worse −(2+1)/4.
    expect(s.better).toBeCloseTo(0.75, 12);
    expect(s.worse).toBeCloseTo(-0.75, 12);
  });

  it("breaks a tie toward what hurts most when missing, and has nothing to say without answers", () => {
    const tie = summarise([
      { functional: "like", dysfunctional: "neutral" }, // delight
      { functional: "neutral", dysfunctional: "dislike" }, // basic
    ]);
    expect(tie.category).toBe("basic");
    expect(summarise([])).toMatchObject({ responses: 0, category: null, better: null, worse: null });
  });
});
