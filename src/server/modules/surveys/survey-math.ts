import type { NpsSummary } from "../../../shared/api/surveys.js";

// Net Promoter Score: promoters answer 9–10, detractors 0–6; the score is the percentage of
// promoters minus the percentage of detractors (−100 … 100), null without answers.
export function npsOf(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  const n = scores.length;
  const score = n === 0 ? null : round1(((promoters - detractors) / n) * 100);
  return { score, promoters, passives: n - promoters - detractors, detractors };
}

// CSAT: the share of satisfied answers (4 or 5 on 1–5), in percent; null without answers.
export function csatOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return round1((scores.filter((s) => s >= 4).length / scores.length) * 100);
}

export function meanOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

// Which answers open a supervisor's follow-up: an NPS detractor (≤ 6) or a CSAT of 1–2.
export function lowScoreOf(
  kind: string,
  value: unknown,
): { reason: "nps_detractor" | "csat_low"; score: number } | null {
  if (typeof value !== "number") return null;
  if (kind === "nps" && value <= 6) return { reason: "nps_detractor", score: value };
  if (kind === "csat" && value <= 2) return { reason: "csat_low", score: value };
  return null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
