// Grading an attempt, pure. Choice questions are right only when exactly the right options are
// chosen (no partial credit: a multiple-choice answer with one wrong option is wrong); a short
// answer waits for a reviewer's grade.

export type KeyedQuestion = {
  id: string;
  kind: "single" | "multiple" | "true_false" | "short";
  correct: readonly number[];
  points: number;
};
export type GivenAnswer = readonly number[] | string;

function isRight(q: KeyedQuestion, given: GivenAnswer | undefined): boolean | null {
  if (q.kind === "short") return null;
  if (!Array.isArray(given)) return false;
  const chosen = [...new Set(given as readonly number[])].sort((a, b) => a - b);
  const key = [...q.correct].sort((a, b) => a - b);
  return chosen.length === key.length && chosen.every((v, i) => v === key[i]);
}

export type Grading = {
  results: Record<string, boolean | null>;
  score: number;
  maxScore: number;
  pending: boolean;
};

// `reviewed`: a reviewer's grades of short answers (question id → right), when given.
export function gradeAttempt(
  questions: readonly KeyedQuestion[],
  answers: Readonly<Record<string, GivenAnswer>>,
  reviewed: Readonly<Record<string, boolean | null>> = {},
): Grading {
  const results: Record<string, boolean | null> = {};
  let score = 0;
  let maxScore = 0;
  let pending = false;
  for (const q of questions) {
    maxScore += q.points;
    const given = answers[q.id];
    let right = isRight(q, given);
    if (q.kind === "short") {
      // An empty short answer needs no reviewer: it is wrong.
      right = typeof given === "string" && given.trim() !== "" ? (reviewed[q.id] ?? null) : false;
    }
    results[q.id] = right;
    if (right === null) pending = true;
    else if (right) score += q.points;
  }
  return { results, score, maxScore, pending };
}

export const percentOf = (score: number, maxScore: number) =>
  maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;

export function outcomeOf(g: Grading, passPercent: number): "pending_review" | "passed" | "failed" {
  if (g.pending) return "pending_review";
  return percentOf(g.score, g.maxScore) >= passPercent ? "passed" : "failed";
}
