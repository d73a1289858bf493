// Customer-facing texts, in both languages; {placeholders} are filled by render().
export type NoticeKind = "created" | "reply" | "resolved" | "closed";
export type MailLocale = "zh-CN" | "en";

const SUBJECTS: Record<NoticeKind, Record<MailLocale, string>> = {
  created: { en: "We received your request", "zh-CN": "我们已收到您的服务请求" },
  reply: { en: "Re: {subject}", "zh-CN": "回复：{subject}" },
  resolved: { en: "Your request has been resolved", "zh-CN": "您的服务请求已处理完成" },
  closed: { en: "Your request is closed", "zh-CN": "您的服务请求已关闭" },
};

const BODIES: Record<NoticeKind, Record<MailLocale, string>> = {
  created: {
    en: 'Hello {name},\n\nwe received your request "{subject}". Its service order number is {number}; keep it in the subject when you reply.\n\nYour service team',
    "zh-CN":
      "{name}，您好：\n\n我们已收到您的服务请求“{subject}”，服务单号为 {number}。回复时请保留邮件主题中的单号。\n\n售后服务团队",
  },
  reply: { en: "{body}\n\n--\nService order {number}", "zh-CN": "{body}\n\n--\n服务单号 {number}" },
  resolved: {
    en: 'Hello {name},\n\nyour request {number} "{subject}" has been resolved. If the problem persists, just reply to this mail.\n\nYour service team',
    "zh-CN":
      "{name}，您好：\n\n您的服务请求 {number}“{subject}”已处理完成。如问题仍未解决，请直接回复本邮件。\n\n售后服务团队",
  },
  closed: {
    en: 'Hello {name},\n\nyour request {number} "{subject}" is now closed. Thank you.\n\nYour service team',
    "zh-CN": "{name}，您好：\n\n您的服务请求 {number}“{subject}”已关闭。感谢您的支持。\n\n售后服务团队",
  },
};

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

// The ticket number goes into every subject so replies thread back even without headers.
export function renderNotice(kind: NoticeKind, locale: MailLocale, vars: Record<string, string>) {
  return {
    subject: `[${vars.number}] ${fill(SUBJECTS[kind][locale], vars)}`,
    text: fill(BODIES[kind][locale], vars),
  };
}
