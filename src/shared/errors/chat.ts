import type { ErrorEntry } from "./entry.js";

export const CHAT_ERRORS = {
  "chat.not_found": { status: 404, en: "No such conversation.", zh: "没有这个会话。" },
  "chat.closed": { status: 409, en: "This conversation has ended.", zh: "这个会话已经结束。" },
  "chat.tenant_required": {
    status: 400,
    en: "Say which company's chat this is (tenant).",
    zh: "请指明是哪家公司的在线客服（tenant）。",
  },
  "chat.unknown_tenant": { status: 404, en: "No such company.", zh: "没有这家公司。" },
  "chat.visitor_details_required": {
    status: 400,
    en: "Please give your name and phone number to start a chat.",
    zh: "开始咨询前请填写您的姓名和电话。",
  },
  "chat.customers_only": {
    status: 403,
    en: "Staff answer chats from the chat console.",
    zh: "员工请在在线客服工作台回复会话。",
  },
  "chat.already_taken": {
    status: 409,
    en: "Another agent has already taken this chat.",
    zh: "该会话已被其他客服接入。",
  },
  "chat.not_waiting": {
    status: 409,
    en: "This chat is not waiting for an agent.",
    zh: "该会话不在等待人工接入。",
  },
  "chat.survey_needs_customer": {
    status: 422,
    en: "This visitor is not a known customer yet: turn the chat into a ticket first, then send the survey.",
    zh: "该访客还不是已登记的客户：请先将会话转为工单，再发送问卷。",
  },
  "chat.not_yours": {
    status: 409,
    en: "Accept the chat before you reply.",
    zh: "请先接入该会话再回复。",
  },
  "chat.ticket_exists": {
    status: 409,
    en: "This chat is already a ticket ({number}).",
    zh: "该会话已转为工单（{number}）。",
  },
  "chat.agents_online": {
    status: 409,
    en: "An agent is online: your chat is in the queue.",
    zh: "有客服在线，您的会话正在排队等待接入。",
  },
} satisfies Record<string, ErrorEntry>;
