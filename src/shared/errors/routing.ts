import type { ErrorEntry } from "./entry.js";

export const ROUTING_ERRORS = {
  "routing.ticket_owned": {
    status: 403,
    en: "This ticket has an owner (first-contact responsibility); only a supervisor or admin can reassign it.",
    zh: "该工单已有首问负责人，只有主管或管理员可以改派。",
  },
  "routing.reason_required": {
    status: 422,
    en: "Reassigning a ticket that has an owner needs a reason.",
    zh: "改派已有负责人的工单需要填写原因。",
  },
  "routing.not_queued": {
    status: 409,
    en: "Ticket {number} is no longer waiting in the queue.",
    zh: "工单 {number} 已不在待分配队列中。",
  },
  "routing.nobody_free": {
    status: 409,
    en: "Nobody online has room and the skills for ticket {number}; assign it to someone by hand.",
    zh: "当前没有在线且有余量、具备所需技能的人员可接工单 {number}，请手动指派。",
  },
  "routing.presence_forbidden": {
    status: 403,
    en: "Only the person themself, a supervisor or an admin can change this presence.",
    zh: "只有本人、主管或管理员可以修改在线状态。",
  },
  "team.not_found": { status: 404, en: "Team not found.", zh: "团队不存在。" },
  "skill.not_found": { status: 404, en: "Skill {code} not found.", zh: "技能 {code} 不存在。" },
  "skill.code_taken": { status: 409, en: "Skill {code} already exists.", zh: "技能 {code} 已存在。" },
  "team.name_taken": { status: 409, en: "A team with this name already exists.", zh: "已存在同名团队。" },
  "team.member_invalid": {
    status: 422,
    en: "Team members must be active staff of this tenant.",
    zh: "团队成员必须是本租户的在职服务人员。",
  },
  "trigger.not_found": { status: 404, en: "Trigger not found.", zh: "触发器不存在。" },
  "trigger.reorder_mismatch": {
    status: 422,
    en: "The new order must list every trigger exactly once.",
    zh: "新的顺序必须恰好包含每个触发器一次。",
  },
  "trigger.target_invalid": {
    status: 422,
    en: "A trigger action must name an active staff member or a team of this tenant: {id} is not one.",
    zh: "触发器动作只能指定本租户在职的服务人员或团队：{id} 不符合。",
  },
  "macro.not_found": { status: 404, en: "Macro not found.", zh: "快捷回复不存在。" },
  "macro.body_required": {
    status: 400,
    en: "Give the body in at least one language (zh-CN or en).",
    zh: "请至少提供一种语言（zh-CN 或 en）的正文。",
  },
  "macro.key_reused": {
    status: 422,
    en: "This Idempotency-Key was already used for another macro or ticket.",
    zh: "该 Idempotency-Key 已用于其他快捷回复或工单。",
  },
  "view.not_found": { status: 404, en: "Saved view not found.", zh: "视图不存在。" },
  "routing.shared_forbidden": {
    status: 403,
    en: "Only supervisors and admins can create or change shared items.",
    zh: "只有主管和管理员可以创建或修改共享内容。",
  },
  "notification.not_found": { status: 404, en: "Notification not found.", zh: "通知不存在。" },
} as const satisfies Record<string, ErrorEntry>;
