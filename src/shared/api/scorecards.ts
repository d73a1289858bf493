import { z } from "zod";
import {
  AWARD_ROLES,
  COACHING_OUTCOMES,
  SCORECARD_CATEGORIES,
  SCORECARD_KPI_IDS,
  SCORECARD_ROLES,
  type ScorecardKpi,
} from "../scorecards.js";

export * from "../scorecards.js";

// Scorecards, service-star awards and coaching plans (issue 21, seed 001 §4.2): the API's shapes.
const ZRole = z.enum(SCORECARD_ROLES);
const ZCategory = z.enum(SCORECARD_CATEGORIES);
export const ZPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");

export const ZWeightsInput = z.object({
  // Every KPI optional (an absent one weighs 0); unknown KPIs are refused.
  weights: z.partialRecord(
    z.enum(SCORECARD_KPI_IDS as [ScorecardKpi, ...ScorecardKpi[]]),
    z.number().int().min(0).max(100),
  ),
});
export type WeightsInput = z.input<typeof ZWeightsInput>;
export const ZWeightsView = z.object({
  items: z.array(z.object({ role: ZRole, weights: z.record(z.string(), z.number()), custom: z.boolean() })),
});
export type WeightsView = z.infer<typeof ZWeightsView>;

// One KPI line of a card, as it was computed (value, the target then, 0–100, the weight then).
const ZCardKpi = z.object({
  kpi: z.string(),
  category: ZCategory,
  value: z.number().nullable(),
  target: z.number().nullable(),
  normalised: z.number().nullable(),
  weight: z.number(),
  belowTarget: z.boolean(),
});
export type CardKpi = z.infer<typeof ZCardKpi>;

const ZScorecard = z.object({
  id: z.string(),
  period: ZPeriod,
  role: ZRole,
  subjectId: z.string(),
  subjectName: z.string(),
  volume: z.number().int(),
  score: z.number().nullable(),
  categories: z.record(z.string(), z.number().nullable()),
  kpis: z.array(ZCardKpi),
  weakKpis: z.array(z.string()),
  computedAt: z.string(),
});
export type Scorecard = z.infer<typeof ZScorecard>;
export const ZScorecardList = z.object({
  period: ZPeriod,
  // False while the month has no stored snapshot yet.
  computed: z.boolean(),
  items: z.array(ZScorecard),
});
export type ScorecardList = z.infer<typeof ZScorecardList>;

export const ZScorecardDetail = ZScorecard.extend({
  // The person's (or team's) total score in earlier stored months, oldest first.
  trend: z.array(z.object({ period: z.string(), score: z.number().nullable() })),
  awards: z.array(z.object({ period: z.string(), rank: z.number().int() })),
  plans: z.array(z.object({ id: z.string(), status: z.enum(["open", "closed"]), openedOn: z.string() })),
});
export type ScorecardDetail = z.infer<typeof ZScorecardDetail>;

export const ZComputeInput = z.object({ period: ZPeriod });

export const ZAwardInput = z.object({
  period: ZPeriod,
  topN: z.number().int().min(1).max(10).default(1),
  // A person needs at least this many tickets in the month to be eligible.
  minVolume: z.number().int().min(1).max(10_000).default(10),
});
export type AwardInput = z.input<typeof ZAwardInput>;
const ZAward = z.object({
  id: z.string(),
  period: ZPeriod,
  role: z.enum(AWARD_ROLES),
  rank: z.number().int(),
  userId: z.string(),
  userName: z.string(),
  score: z.number(),
  volume: z.number().int(),
  minVolume: z.number().int(),
  scorecardId: z.string(),
  awardedAt: z.string(),
});
export type Award = z.infer<typeof ZAward>;
export const ZAwardList = z.object({ items: z.array(ZAward) });

export const ZOpenPlanInput = z.object({ scorecardId: z.string().min(1).max(100) });
export const ZGoalInput = z.object({
  kpi: z.enum(SCORECARD_KPI_IDS as [ScorecardKpi, ...ScorecardKpi[]]),
  target: z.number().min(0).max(1_000_000),
  dueOn: z.iso.date(),
});
export type GoalInput = z.input<typeof ZGoalInput>;
export const ZSessionInput = z.object({
  heldOn: z.iso.date(),
  notes: z.string().trim().min(1).max(4000),
  actions: z.string().trim().max(4000).default(""),
});
export type SessionInput = z.input<typeof ZSessionInput>;
export const ZClosePlanInput = z.object({
  outcome: z.enum(COACHING_OUTCOMES),
  note: z.string().trim().max(4000).default(""),
});
export type ClosePlanInput = z.input<typeof ZClosePlanInput>;

// Follow-up: the KPI over the person's tickets created since the plan opened vs the 30 days before.
const ZGoal = z.object({
  id: z.string(),
  kpi: z.string(),
  target: z.number(),
  dueOn: z.string(),
  before: z.number().nullable(),
  since: z.number().nullable(),
  met: z.boolean().nullable(),
});
const ZSession = z.object({
  id: z.string(),
  heldOn: z.string(),
  notes: z.string(),
  actions: z.string(),
  byName: z.string(),
});
export const ZCoachingPlan = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  scorecardId: z.string(),
  period: z.string(),
  status: z.enum(["open", "closed"]),
  openedOn: z.string(),
  openedByName: z.string(),
  outcome: z.enum(COACHING_OUTCOMES).nullable(),
  outcomeNote: z.string(),
  closedOn: z.string().nullable(),
  followUp: z.object({
    beforeFrom: z.string(),
    beforeTo: z.string(),
    sinceFrom: z.string(),
    sinceTo: z.string(),
  }),
  goals: z.array(ZGoal),
  sessions: z.array(ZSession),
});
export type CoachingPlan = z.infer<typeof ZCoachingPlan>;
export const ZCoachingPlanList = z.object({
  items: z.array(
    ZCoachingPlan.pick({
      id: true,
      userId: true,
      userName: true,
      period: true,
      status: true,
      openedOn: true,
      outcome: true,
    }),
  ),
});
export type CoachingPlanList = z.infer<typeof ZCoachingPlanList>;
