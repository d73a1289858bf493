// KANO classification (Kano 1984; evaluation table as in Berger et al. 1993): each respondent
// answers a functional question ("if the product had this…") and a dysfunctional one ("if it did
// not…") with one of five answers; the pair names a category.

export const KANO_ANSWERS = ["like", "expect", "neutral", "live_with", "dislike"] as const;
export type KanoAnswer = (typeof KANO_ANSWERS)[number];
const KANO_CATEGORIES = [
  "basic",
  "performance",
  "delight",
  "indifferent",
  "reverse",
  "questionable",
] as const;
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

const A = "delight";
const O = "performance";
const M = "basic";
const I = "indifferent";
const R = "reverse";
const Q = "questionable";

// Rows: functional answer; columns: dysfunctional answer (like, expect, neutral, live with, dislike).
const TABLE: Record<KanoAnswer, readonly KanoCategory[]> = {
  like: [Q, A, A, A, O],
  expect: [R, I, I, I, M],
  neutral: [R, I, I, I, M],
  live_with: [R, I, I, I, M],
  dislike: [R, R, R, R, Q],
};

export function classify(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[functional][KANO_ANSWERS.indexOf(dysfunctional)] as KanoCategory;
}

// Berger's rule for ties: what hurts most when missing first (basic > performance > delight > indifferent).
const TIE_ORDER: readonly KanoCategory[] = [M, O, A, I, R, Q];

export type KanoSummary = {
  responses: number;
  distribution: Record<KanoCategory, number>;
  /** The most frequent category; null with no answers. */
  category: KanoCategory | null;
  /** Customer-satisfaction coefficients (Timko): better = (A+O)/(A+O+M+I), worse = −(O+M)/(A+O+M+I). */
  better: number | null;
  worse: number | null;
};

export function summarise(
  pairs: readonly { functional: KanoAnswer; dysfunctional: KanoAnswer }[],
): KanoSummary {
  const distribution = Object.fromEntries(KANO_CATEGORIES.map((c) => [c, 0])) as Record<KanoCategory, number>;
  for (const p of pairs) distribution[classify(p.functional, p.dysfunctional)]++;
  let category: KanoCategory | null = null;
  for (const c of TIE_ORDER)
    if (distribution[c] > 0 && (category === null || distribution[c] > distribution[category])) category = c;
  const { delight: a, performance: o, basic: m, indifferent: i } = distribution;
  const base = a + o + m + i;
  return {
    responses: pairs.length,
    distribution,
    category,
    better: base === 0 ? null : (a + o) / base,
    worse: base === 0 ? null : -(o + m) / base,
  };
}
