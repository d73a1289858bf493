import type { ErrorEntry } from "./entry.js";

export const CALLBACKS_ERRORS = {
  "callback.not_found": { status: 404, en: "No such callback.", zh: "没有这个回访任务。" },
  "callback.closed": {
    status: 409,
    en: "This callback is finished already.",
    zh: "这个回访任务已经结束。",
  },
  "callback.reason_required": {
    status: 400,
    en: "Say why the problem is not fixed: the ticket is reopened with this reason.",
    zh: "请填写问题未解决的原因，工单将据此重新打开。",
  },
  "callback.score_required": {
    status: 400,
    en: "Ask the customer for a satisfaction score from 1 to 5.",
    zh: "请记录客户的满意度评分（1–5 分）。",
  },
  "callback.complaint_required": {
    status: 400,
    en: "Describe the customer's complaint.",
    zh: "请填写客户的投诉内容。",
  },
  "callback.hours_invalid": {
    status: 400,
    en: "The calling hours must start before they end.",
    zh: "回访时段的开始时间必须早于结束时间。",
  },
  "voc_alert.not_found": { status: 404, en: "No such alert.", zh: "没有这条预警。" },
} as const satisfies Record<string, ErrorEntry>;
