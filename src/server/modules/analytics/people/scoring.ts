import {
  type CardKpi,
  SCORECARD_CATEGORIES,
  SCORECARD_KPIS,
  type ScorecardCategory,
  type ScorecardWeights,
} from "../../../../shared/api/scorecards.js";

type Direction = "higher" | "lower" | "neutral";
export type KpiReading = { kpi: string; direction: Direction; value: number | null; target: number | null };

const round1 = (n: number) => Math.round(n * 10) / 10;

// One KPI on a 0–100 scale against its target: meeting the target scores 100 (no extra credit for
// beating it, so one outstanding number cannot hide a weak one). Below it the score falls in
// proportion: "higher is better" scores value ÷ target (half the target FCR → 50); "lower is
// better" scores target ÷ value (twice the target response time → 50). Null without a value or a
// target (the KPI then leaves the total and its weight is shared by the rest).
export function normalise(direction: Direction, value: number | null, target: number | null): number | null {
  if (value === null || target === null || direction === "neutral") return null;
  if (direction === "higher") {
    if (target <= 0 || value >= target) return 100;
    return round1(Math.max(0, (100 * value) / target));
  }
  if (value <= target) return 100;
  return round1((100 * Math.max(0, target)) / value);
}

// Volume has no target of its own: a person's volume is measured against the mean of everyone of
// the same role who handled tickets that month (the mean itself scores 100).
export function peerMean(volumes: number[]): number | null {
  const worked = volumes.filter((v) => v > 0);
  return worked.length === 0 ? null : worked.reduce((a, b) => a + b, 0) / worked.length;
}

// The weighted mean of the normalised KPIs that have a score; null when none has.
function weighted(lines: CardKpi[]): number | null {
  let sum = 0;
  let weight = 0;
  for (const l of lines)
    if (l.normalised !== null && l.weight > 0) {
      sum += l.normalised * l.weight;
      weight += l.weight;
    }
  return weight === 0 ? null : round1(sum / weight);
}

export type CardScore = {
  kpis: CardKpi[];
  score: number | null;
  categories: Record<ScorecardCategory, number | null>;
  weakKpis: string[];
};

// A scorecard from its readings (volume already given the peer mean as its target) and the role's
// weights: each line's 0–100, the total and each category as weighted means.
export function scoreCard(readings: KpiReading[], weights: ScorecardWeights): CardScore {
  const byKpi = new Map(readings.map((r) => [r.kpi, r]));
  const kpis: CardKpi[] = SCORECARD_KPIS.map(({ kpi, category }) => {
    const r = byKpi.get(kpi);
    const value = r?.value ?? null;
    const target = r?.target ?? null;
    const direction: Direction = kpi === "volume" ? "higher" : (r?.direction ?? "neutral");
    const normalised = normalise(direction, value, target);
    return {
      kpi,
      category,
      value,
      target,
      normalised,
      weight: weights[kpi] ?? 0,
      // Volume is compared with peers, not a target: it never makes someone "below target".
      belowTarget: kpi !== "volume" && normalised !== null && normalised < 100,
    };
  });
  // Nobody is scored on a month without tickets: volume alone would give them 0.
  const worked = (byKpi.get("volume")?.value ?? 0) > 0;
  const categories = Object.fromEntries(
    SCORECARD_CATEGORIES.map((c) => [c, worked ? weighted(kpis.filter((k) => k.category === c)) : null]),
  ) as Record<ScorecardCategory, number | null>;
  return {
    kpis,
    score: worked ? weighted(kpis) : null,
    categories,
    weakKpis: kpis.filter((k) => k.belowTarget && k.weight > 0).map((k) => k.kpi),
  };
}

// The weights an admin saves: every scorecard KPI present, whole numbers, adding up to 100.
export function weightsSum(weights: Partial<ScorecardWeights>): number {
  return Object.values(weights).reduce<number>((a, b) => a + (b ?? 0), 0);
}
