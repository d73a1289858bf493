import type { ErrorEntry } from "./entry.js";

export const COMPLAINTS_ERRORS = {
  "complaint.not_found": { status: 404, en: "No such complaint.", zh: "没有这个投诉。" },
  "complaint.already_complaint": {
    status: 422,
    en: "This ticket is itself a complaint; work it on its complaint panel.",
    zh: "该工单本身就是投诉，请在投诉面板中处理。",
  },
  "complaint.invalid_state": {
    status: 409,
    en: "The complaint is {status}; this step is not possible now.",
    zh: "投诉当前状态为 {status}，现在不能执行此操作。",
  },
  "complaint.plan_required": {
    status: 422,
    en: "Record the resolution plan (root cause and compensation) first.",
    zh: "请先填写处理方案（根本原因和补偿）。",
  },
  "complaint.approval_required": {
    status: 409,
    en: "The resolution plan must be approved before it is executed.",
    zh: "处理方案须先审批通过，才能执行。",
  },
  "complaint.self_approval": {
    status: 403,
    en: "You wrote this plan; someone else must approve it.",
    zh: "该方案由您提交，须由他人审批。",
  },
  "complaint.not_approver": {
    status: 403,
    en: "Your role does not approve complaint compensation.",
    zh: "您的角色无权审批投诉补偿。",
  },
  "complaint.threshold": {
    status: 403,
    en: "The compensation of {amount} is above your approval limit of {limit}; ask someone with a higher limit.",
    zh: "补偿金额 {amount} 超出您的审批额度 {limit}，请由额度更高的人审批。",
  },
  "complaint.participant_target": {
    status: 422,
    en: "Name one active staff member or one team for the task.",
    zh: "请为任务指定一名在职员工或一个团队。",
  },
  "complaint.participant_not_found": {
    status: 404,
    en: "No such participant task.",
    zh: "没有这个协办任务。",
  },
  "complaint.user_not_found": {
    status: 422,
    en: "No such staff member.",
    zh: "没有这名员工。",
  },
} as const satisfies Record<string, ErrorEntry>;
