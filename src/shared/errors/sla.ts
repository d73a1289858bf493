import type { ErrorEntry } from "./entry.js";

export const SLA_ERRORS = {
  "sla.calendar_not_found": { status: 404, en: "Business calendar not found.", zh: "未找到工作日历。" },
  "sla.policy_not_found": { status: 404, en: "SLA policy not found.", zh: "未找到 SLA 策略。" },
  "sla.invalid_hours": {
    status: 400,
    en: "Invalid business hours: {reason}.",
    zh: "营业时间无效：{reason}。",
  },
  "sla.no_business_hours": {
    status: 422,
    en: "This calendar has no business hours ahead, so no due time exists.",
    zh: "该日历之后没有任何营业时间，无法计算到期时间。",
  },
  "sla.invalid_range": {
    status: 400,
    en: "The report range is invalid: 'from' must be before 'to' and span at most 400 days.",
    zh: "报表时间范围无效：起始时间须早于结束时间，且跨度不超过 400 天。",
  },
} as const satisfies Record<string, ErrorEntry>;
