import type { CustomerSegment } from "../../../../shared/api/insight.js";

// Customer segments from three sides, each a plain rule a supervisor can check by hand:
//   value        — high: tier gold or vip, or three units or more; otherwise regular;
//   behaviour    — contacts (tickets) in the last year and the channels they came through;
//   satisfaction — dissatisfied: a low CSAT/NPS answer or a complaint in the last year;
//                  satisfied: answered a survey without either; unknown: never answered.
// The named segment is the first rule that holds, in this order:
//   vip_at_risk       high value and dissatisfied
//   champions         high value and satisfied
//   high_value        high value (satisfaction unknown)
//   unhappy           dissatisfied
//   frequent_contacts 4 contacts or more in the last year
//   new               first purchase or ticket within the last 90 days
//   dormant           no purchase and no ticket for a year (or never)
//   steady            everyone else
export type SegmentInput = {
  tier: string;
  units: number;
  contacts: number;
  complaints: number;
  lowSurveyAnswers: number;
  surveyAnswers: number;
  daysSinceLastActivity: number | null;
  daysSinceFirstActivity: number | null;
};

const FREQUENT_CONTACTS = 4;
const NEW_WITHIN_DAYS = 90;
const DORMANT_AFTER_DAYS = 365;

export function customerValue(c: Pick<SegmentInput, "tier" | "units">): "high" | "regular" {
  return c.tier === "gold" || c.tier === "vip" || c.units >= 3 ? "high" : "regular";
}

export function satisfactionOf(
  c: Pick<SegmentInput, "complaints" | "lowSurveyAnswers" | "surveyAnswers">,
): "satisfied" | "dissatisfied" | "unknown" {
  if (c.complaints > 0 || c.lowSurveyAnswers > 0) return "dissatisfied";
  return c.surveyAnswers > 0 ? "satisfied" : "unknown";
}

export function segmentOf(c: SegmentInput): CustomerSegment {
  const value = customerValue(c);
  const satisfaction = satisfactionOf(c);
  if (value === "high" && satisfaction === "dissatisfied") return "vip_at_risk";
  if (value === "high" && satisfaction === "satisfied") return "champions";
  if (value === "high") return "high_value";
  if (satisfaction === "dissatisfied") return "unhappy";
  if (c.contacts >= FREQUENT_CONTACTS) return "frequent_contacts";
  if (c.daysSinceFirstActivity !== null && c.daysSinceFirstActivity <= NEW_WITHIN_DAYS) return "new";
  if (c.daysSinceLastActivity === null || c.daysSinceLastActivity >= DORMANT_AFTER_DAYS) return "dormant";
  return "steady";
}
