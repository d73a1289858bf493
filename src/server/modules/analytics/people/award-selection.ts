// Service stars: the best scorecards of a month per role. Pure, so the rule is tested by hand.
export type Candidate = { subjectId: string; role: string; score: number | null; volume: number };

// Eligible: a score and at least `minVolume` tickets (two lucky tickets cannot win a month).
// Order: higher score; on equal scores, more tickets handled; then the subject id (stable, so
// picking again gives the same winners). Exactly `topN` per role, fewer if fewer are eligible.
export function selectWinners<C extends Candidate>(
  cards: C[],
  topN: number,
  minVolume: number,
): { role: string; rank: number; card: C }[] {
  const eligible = cards.filter((c) => c.score !== null && c.volume >= minVolume);
  const roles = [...new Set(eligible.map((c) => c.role))].sort();
  return roles.flatMap((role) =>
    eligible
      .filter((c) => c.role === role)
      .sort(
        (a, b) =>
          (b.score ?? 0) - (a.score ?? 0) ||
          b.volume - a.volume ||
          (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
      )
      .slice(0, topN)
      .map((card, i) => ({ role, rank: i + 1, card })),
  );
}
