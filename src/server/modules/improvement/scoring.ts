// The weighted matrix (seed 001 §2.2.2): each item is rated 1–5 on four criteria; cost and
// difficulty count inversely (a cheap, easy item scores high on them), so every criterion reads
// "higher is better" before it is weighted. The score is the weighted mean, again on 1–5, so it
// stays readable whatever the weights add up to.

export const CRITERIA = ["impact", "cost", "difficulty", "strategicFit"] as const;
type Criterion = (typeof CRITERIA)[number];
export type Ratings = Record<Criterion, number>;
export type Weights = Record<Criterion, number>;

const INVERSE: ReadonlySet<Criterion> = new Set(["cost", "difficulty"]);

export const DEFAULT_WEIGHTS: Weights = { impact: 4, cost: 2, difficulty: 2, strategicFit: 2 };

/** A rating as "higher is better" (1–5). */
const oriented = (c: Criterion, v: number): number => (INVERSE.has(c) ? 6 - v : v);

/** The weighted mean of the oriented ratings; weights must not all be zero (checked on save). */
export function weightedScore(r: Ratings, w: Weights): number {
  let sum = 0;
  let total = 0;
  for (const c of CRITERIA) {
    sum += w[c] * oriented(c, r[c]);
    total += w[c];
  }
  return total === 0 ? 0 : sum / total;
}

/** Highest score first; equal scores keep the older item first, so the order is stable. */
export function rank<T extends { ratings: Ratings; createdAt: Date; id: string }>(
  items: readonly T[],
  w: Weights,
): (T & { score: number; rank: number })[] {
  return items
    .map((i) => ({ ...i, score: weightedScore(i.ratings, w) }))
    .sort(
      (a, b) =>
        b.score - a.score || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    )
    .map((i, n) => ({ ...i, rank: n + 1 }));
}
