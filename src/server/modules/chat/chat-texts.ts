// What the system says in a conversation, in the conversation's language. Stored worded (channels
// such as WeChat send the text as it is) and with a code for clients that word it themselves.
export type ChatNotice =
  | "handoff"
  | "offline"
  | "accepted"
  | "closed"
  | "ticket"
  | "offline_ticket"
  | "clarify";
type Locale = "zh-CN" | "en";

const TEXTS: Record<ChatNotice, Record<Locale, string>> = {
  handoff: {
    "zh-CN": "正在为您转接人工客服，请稍候。客服会看到您之前的对话。",
    en: "Connecting you with a person; please wait. The agent will see our conversation so far.",
  },
  offline: {
    "zh-CN": "现在没有客服在线。请留言，我们会把留言转成服务单并尽快联系您。",
    en: "No agent is online right now. Leave a message: it becomes a service ticket and we will contact you soon.",
  },
  accepted: { "zh-CN": "客服 {name} 已接入。", en: "{name} has joined the chat." },
  closed: { "zh-CN": "会话已结束，感谢您的咨询。", en: "The chat has ended. Thank you for contacting us." },
  ticket: {
    "zh-CN": "已为您创建服务单 {number}，我们会继续跟进。",
    en: "We opened service ticket {number} for you and will follow up.",
  },
  offline_ticket: {
    "zh-CN": "您的留言已转为服务单 {number}，我们会尽快联系您。",
    en: "Your message is now service ticket {number}; we will contact you soon.",
  },
  clarify: {
    "zh-CN": "请问您说的是哪一种产品？{options}",
    en: "Which product do you mean? {options}",
  },
};

export function noticeText(code: ChatNotice, locale: Locale, values: Record<string, string> = {}): string {
  return TEXTS[code][locale].replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

// Transcript labels for the ticket made from a chat.
export const TRANSCRIPT_LABELS: Record<
  Locale,
  Record<"customer" | "assistant" | "agent" | "system" | "tried" | "heading", string>
> = {
  "zh-CN": {
    heading: "在线客服会话记录",
    customer: "客户",
    assistant: "智能助手",
    agent: "客服",
    system: "系统",
    tried: "助手已尝试的文章",
  },
  en: {
    heading: "Chat transcript",
    customer: "Customer",
    assistant: "Assistant",
    agent: "Agent",
    system: "System",
    tried: "Articles the assistant tried",
  },
};
