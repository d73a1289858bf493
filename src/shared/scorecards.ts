// Scorecards, service-star awards and coaching plans (issue 21, seed 001 §4.2): constants the
// server and the web app share (no zod, so the web bundle may import them).

// Who a scorecard is about: a person of one of these roles, or a team.
export const SCORECARD_ROLES = ["agent", "technician", "team"] as const;
export type ScorecardRole = (typeof SCORECARD_ROLES)[number];
export const AWARD_ROLES = ["agent", "technician"] as const;

export const SCORECARD_CATEGORIES = ["efficiency", "quality", "attitude", "cost"] as const;
export type ScorecardCategory = (typeof SCORECARD_CATEGORIES)[number];

// The KPIs of the catalogue a scorecard reads, each in one category. Cost has none yet: the KPI
// catalogue has no cost per ticket (its weight would have nothing to score).
export const SCORECARD_KPIS = [
  { kpi: "first_response_minutes_avg", category: "efficiency" },
  { kpi: "resolution_minutes_avg", category: "efficiency" },
  { kpi: "volume", category: "efficiency" },
  { kpi: "sla_on_time_rate", category: "efficiency" },
  { kpi: "csat_avg", category: "quality" },
  { kpi: "reopen_rate", category: "quality" },
  { kpi: "fcr_rate", category: "quality" },
  { kpi: "callback_fixed_rate", category: "quality" },
  { kpi: "complaint_rate", category: "attitude" },
  { kpi: "callback_score_avg", category: "attitude" },
] as const satisfies readonly { kpi: string; category: ScorecardCategory }[];
export type ScorecardKpi = (typeof SCORECARD_KPIS)[number]["kpi"];
export const SCORECARD_KPI_IDS = SCORECARD_KPIS.map((k) => k.kpi) as ScorecardKpi[];

export type ScorecardWeights = Record<ScorecardKpi, number>;
// The weights a tenant starts with (each role's sum is 100): desk agents are weighed more on
// response and complaints, technicians on resolution, SLA and rework.
export const DEFAULT_WEIGHTS: Record<ScorecardRole, ScorecardWeights> = {
  agent: {
    first_response_minutes_avg: 15,
    resolution_minutes_avg: 10,
    volume: 10,
    sla_on_time_rate: 10,
    csat_avg: 10,
    reopen_rate: 10,
    fcr_rate: 10,
    callback_fixed_rate: 5,
    complaint_rate: 15,
    callback_score_avg: 5,
  },
  technician: {
    first_response_minutes_avg: 5,
    resolution_minutes_avg: 15,
    volume: 10,
    sla_on_time_rate: 15,
    csat_avg: 10,
    reopen_rate: 15,
    fcr_rate: 10,
    callback_fixed_rate: 5,
    complaint_rate: 10,
    callback_score_avg: 5,
  },
  team: {
    first_response_minutes_avg: 10,
    resolution_minutes_avg: 10,
    volume: 10,
    sla_on_time_rate: 15,
    csat_avg: 10,
    reopen_rate: 10,
    fcr_rate: 10,
    callback_fixed_rate: 5,
    complaint_rate: 15,
    callback_score_avg: 5,
  },
};

export const COACHING_OUTCOMES = ["improved", "partly_improved", "not_improved"] as const;
