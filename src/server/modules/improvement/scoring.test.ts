import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, rank, weightedScore } from "./scoring.js";

const at = (n: number) => new Date(Date.UTC(2026, 0, n));
const item = (
  id: string,
  impact: number,
  cost: number,
  difficulty: number,
  strategicFit: number,
  day = 1,
) => ({
  id,
  createdAt: at(day),
  ratings: { impact, cost, difficulty, strategicFit },
});

describe("weighted matrix", () => {
  it("scores by hand: cost and difficulty count inversely", () => {
    // Weights 4/2/2/2 (sum 10): impact 5 → 20, cost 2 → (6−2)·2 = 8, difficulty 4 → (6−4)·2 = 4,
    // fit 3 → 6; (20+8+4+6)/10 = 3.8.
    expect(
      weightedScore({ impact: 5, cost: 2, difficulty: 4, strategicFit: 3 }, DEFAULT_WEIGHTS),
    ).toBeCloseTo(3.8, 12);
    // Cheapest, easiest, best on everything: 5 whatever the weights.
    expect(
      weightedScore(
        { impact: 5, cost: 1, difficulty: 1, strategicFit: 5 },
        { impact: 1, cost: 7, difficulty: 0, strategicFit: 3 },
      ),
    ).toBe(5);
  });

  it("ranks highest score first and keeps the older item first on a tie", () => {
    const items = [
      item("expensive-hit", 5, 5, 5, 5), // (20 + 2 + 2 + 10)/10 = 3.4
      item("cheap-fix", 3, 1, 1, 2), // (12 + 10 + 10 + 4)/10 = 3.6
      item("nice-to-have", 2, 3, 3, 2, 2), // (8 + 6 + 6 + 4)/10 = 2.4
      item("same-as-nice", 2, 3, 3, 2, 3), // 2.4, newer
    ];
    const ranked = rank(items, DEFAULT_WEIGHTS);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ["cheap-fix", 1],
      ["expensive-hit", 2],
      ["nice-to-have", 3],
      ["same-as-nice", 4],
    ]);
    expect(ranked[0]?.score).toBeCloseTo(3.6, 12);
  });

  it("re-ranks when the weights change", () => {
    const items = [item("expensive-hit", 5, 5, 5, 5), item("cheap-fix", 3, 1, 1, 2)];
    // Only impact and fit count: expensive-hit (5+5)/2 = 5, cheap-fix (3+2)/2 = 2.5.
    const impactOnly = rank(items, { impact: 1, cost: 0, difficulty: 0, strategicFit: 1 });
    expect(impactOnly.map((r) => r.id)).toEqual(["expensive-hit", "cheap-fix"]);
    // Only cost counts: cheap-fix 5, expensive-hit 1.
    const costOnly = rank(items, { impact: 0, cost: 1, difficulty: 0, strategicFit: 0 });
    expect(costOnly.map((r) => [r.id, r.score])).toEqual([
      ["cheap-fix", 5],
      ["expensive-hit", 1],
    ]);
  });
});
