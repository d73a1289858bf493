import type { ErrorEntry } from "./entry.js";

export const CHANNELS_ERRORS = {
  "channels.mailbox_exists": {
    status: 409,
    en: "A mailbox with the address {address} already exists.",
    zh: "地址为 {address} 的邮箱已存在。",
  },
  "channels.invalid_inbound_token": {
    status: 401,
    en: "The inbound token is missing or wrong.",
    zh: "收信令牌缺失或不正确。",
  },
  "channels.not_rfc822": {
    status: 415,
    en: "Send the raw message with Content-Type message/rfc822.",
    zh: "请以 Content-Type message/rfc822 发送原始邮件。",
  },
  "channels.empty_message": {
    status: 400,
    en: "The message is empty.",
    zh: "邮件内容为空。",
  },
  "channels.call_target_required": {
    status: 400,
    en: "Give either a ticket to log the call into or createTicket to open one.",
    zh: "请指定要记录通话的工单，或提供 createTicket 以新建工单。",
  },
  "channels.call_customer_unknown": {
    status: 422,
    en: "No customer has the number {number}; give customerId.",
    zh: "没有客户使用号码 {number}，请提供 customerId。",
  },
} as const satisfies Record<string, ErrorEntry>;
