// Customer-facing texts, in both languages; {placeholders} are filled by render().
export type NoticeKind =
  | "created"
  | "reply"
  | "resolved"
  | "closed"
  | "visit_booked"
  | "visit_reminder"
  | "visit_on_the_way";
export type MailLocale = "zh-CN" | "en";

const SUBJECTS: Record<NoticeKind, Record<MailLocale, string>> = {
  created: { en: "We received your request", "zh-CN": "我们已收到您的服务请求" },
  reply: { en: "Re: {subject}", "zh-CN": "回复：{subject}" },
  resolved: { en: "Your request has been resolved", "zh-CN": "您的服务请求已处理完成" },
  closed: { en: "Your request is closed", "zh-CN": "您的服务请求已关闭" },
  visit_booked: { en: "Your home visit is booked: {window}", "zh-CN": "上门服务已预约：{window}" },
  visit_reminder: { en: "Reminder: our technician visits you tomorrow", "zh-CN": "提醒：技术员明天上门服务" },
  visit_on_the_way: { en: "Our technician is on the way", "zh-CN": "技术员已出发，正在前往您处" },
};

const BODIES: Record<NoticeKind, Record<MailLocale, string>> = {
  created: {
    en: 'Hello {name},\n\nwe received your request "{subject}". Its service order number is {number}; keep it in the subject when you reply.\n\nYour service team',
    "zh-CN":
      "{name}，您好：\n\n我们已收到您的服务请求“{subject}”，服务单号为 {number}。回复时请保留邮件主题中的单号。\n\n售后服务团队",
  },
  reply: { en: "{body}\n\n--\nService order {number}", "zh-CN": "{body}\n\n--\n服务单号 {number}" },
  resolved: {
    en: 'Hello {name},\n\nyour request {number} "{subject}" has been resolved.\n\nIs the problem fixed? Please tell us:\n  Yes, it is fixed: {confirmUrl}\n  No, it is not fixed: {rejectUrl}\n\nYou can also just reply to this mail.\n\nYour service team',
    "zh-CN":
      "{name}，您好：\n\n您的服务请求 {number}“{subject}”已处理完成。\n\n问题是否已解决？请告诉我们：\n  已解决：{confirmUrl}\n  未解决：{rejectUrl}\n\n您也可以直接回复本邮件。\n\n售后服务团队",
  },
  closed: {
    en: 'Hello {name},\n\nyour request {number} "{subject}" is now closed. Thank you.\n\nYour service team',
    "zh-CN": "{name}，您好：\n\n您的服务请求 {number}“{subject}”已关闭。感谢您的支持。\n\n售后服务团队",
  },
  visit_booked: {
    en: "Hello {name},\n\nyour home visit for request {number} is booked.\n\nWhen: {window}\nTechnician: {technician}\n\nPlease prepare: {prepare}\n\nTo change or cancel the visit, open the request in the customer portal.\n\nYour service team",
    "zh-CN":
      "{name}，您好：\n\n您的服务请求 {number} 的上门服务已预约成功。\n\n时间：{window}\n技术员：{technician}\n\n请您提前准备：{prepare}\n\n如需改约或取消，请在客户门户中打开该服务请求。\n\n售后服务团队",
  },
  visit_reminder: {
    en: "Hello {name},\n\na reminder: our technician {technician} visits you tomorrow for request {number}.\n\nWhen: {window}\n\nPlease prepare: {prepare}\n\nYour service team",
    "zh-CN":
      "{name}，您好：\n\n温馨提醒：技术员 {technician} 将于明天上门处理您的服务请求 {number}。\n\n时间：{window}\n\n请您提前准备：{prepare}\n\n售后服务团队",
  },
  visit_on_the_way: {
    en: "Hello {name},\n\nour technician {technician} is on the way to you for request {number}. Expected arrival: {eta}.\n\nYour service team",
    "zh-CN":
      "{name}，您好：\n\n技术员 {technician} 已出发前往您处（服务请求 {number}），预计到达时间：{eta}。\n\n售后服务团队",
  },
};

// SMS: one short line each, with the ticket number (and the confirm link when resolved).
const SMS: Record<NoticeKind, Record<MailLocale, string>> = {
  created: {
    en: "We received your request {number}. We will be in touch.",
    "zh-CN": "您的服务请求已受理，单号 {number}，我们会尽快与您联系。",
  },
  reply: { en: "[{number}] {body}", "zh-CN": "【{number}】{body}" },
  resolved: {
    en: "Your request {number} has been resolved. Fixed? Tell us: {confirmUrl}",
    "zh-CN": "您的服务请求 {number} 已处理完成，是否已解决？请点击：{confirmUrl}",
  },
  closed: {
    en: "Your request {number} is closed. Thank you.",
    "zh-CN": "您的服务请求 {number} 已关闭，感谢您的支持。",
  },
  visit_booked: {
    en: "[{number}] Home visit booked: {window}, technician {technician}. Please prepare: {prepare}",
    "zh-CN": "【{number}】上门服务已预约：{window}，技术员 {technician}。请提前准备：{prepare}",
  },
  visit_reminder: {
    en: "[{number}] Reminder: technician {technician} visits you tomorrow, {window}.",
    "zh-CN": "【{number}】提醒：技术员 {technician} 将于明天 {window} 上门服务。",
  },
  visit_on_the_way: {
    en: "[{number}] Technician {technician} is on the way, expected arrival {eta}.",
    "zh-CN": "【{number}】技术员 {technician} 已出发，预计 {eta} 到达。",
  },
};

const SMS_MAX = 480;

export function renderSms(kind: NoticeKind, locale: MailLocale, vars: Record<string, string>): string {
  const text = fill(SMS[kind][locale], vars);
  return text.length > SMS_MAX ? `${text.slice(0, SMS_MAX - 1)}…` : text;
}

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
