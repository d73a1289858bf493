import type { ChurnFactor, ChurnLevel } from "../../../../shared/api/insight.js";

// Churn risk as a transparent points model: every factor adds points a supervisor can read next to
// the score ("why this customer"), nothing is learnt or hidden. Points grow with each bad sign and
// are capped per factor, so no single factor decides alone; the total is capped at 100.
// Thresholds: 50 and above is high, 25 and above medium.

export type CustomerFacts = {
  tier: string;
  /** days since the last purchase or contact (ticket), whichever is later; null: never */
  daysSinceLastActivity: number | null;
  /** complaint tickets opened in the last 365 days */
  complaints: number;
  /** CSAT/NPS answers that opened a low-score follow-up in the last 365 days */
  lowSurveyAnswers: number;
  /** repair tickets beyond the first on the same unit within 365 days */
  repeatRepairs: number;
  /** days until the nearest warranty end of the customer's units (negative: passed); null: no unit */
  warrantyEndsInDays: number | null;
};

export const CHURN_THRESHOLDS = { medium: 25, high: 50 } as const;

const POINTS = {
  perComplaint: 10,
  complaintsCap: 30,
  perLowAnswer: 10,
  lowAnswersCap: 20,
  perRepeatRepair: 8,
  repeatRepairsCap: 24,
} as const;

function recencyPoints(days: number | null): number {
  if (days === null || days >= 365) return 25;
  if (days >= 180) return 15;
  if (days >= 90) return 5;
  return 0;
}

// A warranty that just ended is when customers go elsewhere for service; one ending soon, a little
// less; one long gone, the customer has already stayed or left.
function warrantyPoints(days: number | null): number {
  if (days === null) return 0;
  if (days < 0 && days >= -180) return 10;
  if (days >= 0 && days <= 90) return 6;
  if (days < -180) return 4;
  return 0;
}

const TIER_POINTS: Record<string, number> = { standard: 5, gold: 2, vip: 0 };

export function churnLevel(score: number): ChurnLevel {
  if (score >= CHURN_THRESHOLDS.high) return "high";
  if (score >= CHURN_THRESHOLDS.medium) return "medium";
  return "low";
}

export function scoreChurn(f: CustomerFacts): { score: number; level: ChurnLevel; factors: ChurnFactor[] } {
  const factors: ChurnFactor[] = [
    { factor: "recency", value: f.daysSinceLastActivity, points: recencyPoints(f.daysSinceLastActivity) },
    {
      factor: "complaints",
      value: f.complaints,
      points: Math.min(POINTS.complaintsCap, Math.max(0, f.complaints) * POINTS.perComplaint),
    },
    {
      factor: "low_survey",
      value: f.lowSurveyAnswers,
      points: Math.min(POINTS.lowAnswersCap, Math.max(0, f.lowSurveyAnswers) * POINTS.perLowAnswer),
    },
    {
      factor: "repeat_repairs",
      value: f.repeatRepairs,
      points: Math.min(POINTS.repeatRepairsCap, Math.max(0, f.repeatRepairs) * POINTS.perRepeatRepair),
    },
    { factor: "warranty_end", value: f.warrantyEndsInDays, points: warrantyPoints(f.warrantyEndsInDays) },
    { factor: "tier", value: f.tier, points: TIER_POINTS[f.tier] ?? TIER_POINTS.standard ?? 0 },
  ];
  const score = Math.min(
    100,
    factors.reduce((s, x) => s + x.points, 0),
  );
  return { score, level: churnLevel(score), factors };
}
