import type { ErrorEntry } from "./entry.js";

// Scorecards, service-star awards and coaching plans (analytics/people).
export const SCORECARD_ERRORS = {
  "scorecards.weights_sum": {
    status: 422,
    en: "The weights must add up to 100 (they add up to {sum}).",
    zh: "权重之和必须为 100（当前为 {sum}）。",
  },
  "scorecards.not_found": { status: 404, en: "Scorecard not found.", zh: "未找到该计分卡。" },
  "scorecards.not_yours": {
    status: 403,
    en: "You can only see your own scorecard and coaching plans, or those of your team.",
    zh: "您只能查看本人或本团队成员的计分卡与辅导计划。",
  },
  "scorecards.future_period": {
    status: 422,
    en: "The month {period} has not started yet.",
    zh: "月份 {period} 尚未开始。",
  },
  "scorecards.not_computed": {
    status: 422,
    en: "The scorecards of {period} have not been computed yet: compute them first.",
    zh: "{period} 的计分卡尚未生成，请先生成。",
  },
  "scorecards.period_open": {
    status: 422,
    en: "Service stars are picked from a finished month; {period} has not ended yet.",
    zh: "服务之星只能从已结束的月份中评选，{period} 尚未结束。",
  },
  "scorecards.awards_exist": {
    status: 409,
    en: "The service stars of {period} have already been picked.",
    zh: "{period} 的服务之星已经评选过了。",
  },
  "scorecards.not_a_person": {
    status: 422,
    en: "A coaching plan is for a person; this is a team's scorecard.",
    zh: "辅导计划针对个人，这是团队计分卡。",
  },
  "scorecards.on_target": {
    status: 422,
    en: "Every KPI of this scorecard meets its target: there is nothing to coach.",
    zh: "该计分卡的各项指标均已达标，无需辅导。",
  },
  "scorecards.plan_open_exists": {
    status: 409,
    en: "{name} already has an open coaching plan.",
    zh: "{name} 已有一个进行中的辅导计划。",
  },
  "scorecards.plan_not_found": { status: 404, en: "Coaching plan not found.", zh: "未找到该辅导计划。" },
  "scorecards.plan_closed": {
    status: 409,
    en: "This coaching plan is closed.",
    zh: "该辅导计划已结束。",
  },
} as const satisfies Record<string, ErrorEntry>;
