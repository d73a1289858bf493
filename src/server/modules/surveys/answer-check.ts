import type { SurveyQuestion } from "../../../shared/api/surveys.js";
import { isShown, visibleAnswers } from "../../../shared/survey-visibility.js";

const SCORE_RANGE: Partial<Record<SurveyQuestion["kind"], [number, number]>> = {
  nps: [0, 10],
  csat: [1, 5],
  effort: [1, 7],
};

const inRange = (v: unknown, [lo, hi]: [number, number]) =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

// The id of the first question whose answer is not allowed (unknown question, out of range, not
// an option), or null when every answer fits its question.
export function invalidAnswer(
  questions: readonly SurveyQuestion[],
  answers: Record<string, unknown>,
): string | null {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) return id;
    if (!fits(q, value)) return id;
  }
  return null;
}

function fits(q: SurveyQuestion, v: unknown): boolean {
  switch (q.kind) {
    case "nps":
    case "csat":
    case "effort":
      return inRange(v, SCORE_RANGE[q.kind] ?? [0, 0]);
    case "likert":
      return inRange(v, [1, q.scale ?? 5]);
    case "single":
      return typeof v === "string" && (q.options ?? []).includes(v);
    case "multi":
      return (
        Array.isArray(v) &&
        v.length > 0 &&
        new Set(v).size === v.length &&
        v.every((x) => typeof x === "string" && (q.options ?? []).includes(x))
      );
    case "text":
      return typeof v === "string" && v.trim().length > 0 && v.length <= 2000;
  }
}

// What is stored of an answer: answers to questions the customer was not shown (a "why?" typed,
// then the score changed so it no longer applies) are dropped; a required question that is shown
// must be there. Throws-free: returns the kept answers or the missing question's id.
export function keptAnswers(
  questions: readonly SurveyQuestion[],
  answers: Record<string, unknown>,
): { answers: Record<string, unknown>; missing: string | null } {
  const kept = visibleAnswers(questions, answers);
  const missing = questions.find(
    (q) => q.required && kept[q.id] === undefined && isShown(questions, q.id, kept),
  );
  return { answers: kept, missing: missing?.id ?? null };
}
