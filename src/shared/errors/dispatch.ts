import type { ErrorEntry } from "./entry.js";

export const DISPATCH_ERRORS = {
  "dispatch.plan_not_found": { status: 404, en: "No such dispatch plan.", zh: "没有这个派工方案。" },
  "dispatch.plan_stale": {
    status: 409,
    en: "Visits of this day changed after the plan was made. Optimise again.",
    zh: "方案生成后当天的上门服务有变动，请重新优化。",
  },
  "dispatch.plan_applied": {
    status: 409,
    en: "This plan has already been applied.",
    zh: "该方案已应用。",
  },
  "dispatch.day_past": {
    status: 422,
    en: "That day is over: only today and later days can be planned.",
    zh: "该日期已过去，只能排今天及以后的日程。",
  },
  "dispatch.visit_not_on_day": {
    status: 422,
    en: "This visit is not booked into that day of this part of the network.",
    zh: "该上门服务不在此网点当天的日程中。",
  },
  "dispatch.visit_fixed": {
    status: 422,
    en: "This visit has started or is done; it stays where it is.",
    zh: "该上门服务已开始或已完成，不能移动。",
  },
  "dispatch.technician_not_on_day": {
    status: 422,
    en: "This technician does not work that day in this part of the network.",
    zh: "该技术员当天不在此网点排班。",
  },
  "dispatch.move_has_warnings": {
    status: 409,
    en: "The move breaks the plan ({count} warnings): confirm to apply it anyway.",
    zh: "此调整会影响计划（{count} 条警告），确认后才能应用。",
  },
} as const satisfies Record<string, ErrorEntry>;
