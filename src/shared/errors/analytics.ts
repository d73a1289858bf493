import type { ErrorEntry } from "./entry.js";

export const ANALYTICS_ERRORS = {
  "analytics.alert_rule_not_found": { status: 404, en: "No such alert rule.", zh: "没有这条预警规则。" },
  "analytics.alert_not_found": { status: 404, en: "No such alert.", zh: "没有这条预警。" },
  "analytics.alert_rule_user": {
    status: 422,
    en: "Alerts go only to active staff of this organisation: a user named is not one.",
    zh: "预警只能发给本机构在职的员工：所选用户中有不符合的。",
  },
  "analytics.kpi_not_found": { status: 404, en: "Unknown KPI: {kpi}.", zh: "未知的指标：{kpi}。" },
  "analytics.kpi_group_unsupported": {
    status: 400,
    en: "The KPI {kpi} cannot be grouped by {groupBy}: it can be grouped by {allowed}.",
    zh: "指标 {kpi} 不支持按 {groupBy} 分组，可按 {allowed} 分组。",
  },
  "analytics.invalid_range": {
    status: 400,
    en: "The date range is invalid: 'from' must not be after 'to' and the span is at most 731 days.",
    zh: "日期范围无效：起始日期不能晚于结束日期，且跨度不超过 731 天。",
  },
  "analytics.no_target": {
    status: 422,
    en: "This KPI has no direction, so it takes no target.",
    zh: "该指标没有优劣方向，不能设置目标值。",
  },
  "analytics.review_not_found": {
    status: 404,
    en: "Review report not found.",
    zh: "未找到该回顾报告。",
  },
  "analytics.review_future": {
    status: 422,
    en: "The period {period} has not ended yet: a review covers a finished month or half year.",
    zh: "期间 {period} 尚未结束：回顾报告只针对已结束的月份或半年。",
  },
  "analytics.report_not_found": {
    status: 404,
    en: "Report not found.",
    zh: "未找到该报表。",
  },
  "analytics.report_not_owner": {
    status: 403,
    en: "Only the person who made this report can change or delete it.",
    zh: "只有报表的创建人可以修改或删除它。",
  },
  "analytics.report_unknown_measure": {
    status: 422,
    en: "Unknown measure: {kpi}. Pick KPIs from the catalogue.",
    zh: "未知的度量：{kpi}。请从指标目录中选择。",
  },
} as const satisfies Record<string, ErrorEntry>;
