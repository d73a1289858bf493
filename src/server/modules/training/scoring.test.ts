import { describe, expect, it } from "vitest";
import { gradeAttempt, type KeyedQuestion, outcomeOf } from "./scoring.js";

const Q: KeyedQuestion[] = [
  { id: "s", kind: "single", correct: [2], points: 1 },
  { id: "m", kind: "multiple", correct: [0, 3], points: 2 },
  { id: "t", kind: "true_false", correct: [0], points: 1 },
  { id: "w", kind: "short", correct: [], points: 1 },
];

describe("exam scoring", () => {
  it("gives points only for exactly the right options, in any order", () => {
    const g = gradeAttempt(Q.slice(0, 3), { s: [2], m: [3, 0], t: [0] });
    expect(g).toMatchObject({
      score: 4,
      maxScore: 4,
      pending: false,
      results: { s: true, m: true, t: true },
    });
  });

  it("gives no partial credit on a multiple choice and counts a missing answer as wrong", () => {
    const g = gradeAttempt(Q.slice(0, 3), { s: [1], m: [0] });
    expect(g).toMatchObject({ score: 0, results: { s: false, m: false, t: false } });
    expect(outcomeOf(g, 60)).toBe("failed");
  });

  it("waits for a reviewer on a written short answer, then counts the grade", () => {
    const answers = { s: [2], m: [0, 3], t: [0], w: "Check the drain pump filter" };
    const before = gradeAttempt(Q, answers);
    expect(before.pending).toBe(true);
    expect(outcomeOf(before, 80)).toBe("pending_review");
    const after = gradeAttempt(Q, answers, { w: true });
    expect(after).toMatchObject({ score: 5, maxScore: 5, pending: false });
    expect(outcomeOf(after, 80)).toBe("passed");
  });

  it("fails an empty short answer without a reviewer", () => {
    const g = gradeAttempt(Q, { s: [2], m: [0, 3], t: [0], w: "  " });
    expect(g.pending).toBe(false);
    expect(g.results.w).toBe(false);
  });

  it("passes at exactly the pass mark and fails just below it", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({
      id: `q${i}`,
      kind: "single" as const,
      correct: [0],
      points: 1,
    }));
    const answers = (right: number) => Object.fromEntries(ten.map((q, i) => [q.id, [i < right ? 0 : 1]]));
    expect(outcomeOf(gradeAttempt(ten, answers(8)), 80)).toBe("passed");
    expect(outcomeOf(gradeAttempt(ten, answers(7)), 80)).toBe("failed");
  });
});
