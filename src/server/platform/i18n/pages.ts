import type { Locale } from "../../../shared/i18n/locale.js";

// Every text of the server-rendered pages (the public request form and its verification link,
// the confirm/reject links of a resolution), in both languages: one catalogue, so a page cannot
// carry its own translations. A key without one of the languages does not compile (`satisfies`),
// and neither does a call that leaves out a `{placeholder}` of the text. pageText() fills the
// placeholders and returns plain text: the page components escape it (hono/jsx escapes children).
const PAGE_TEXTS = {
  // The public request form (/request/{slug}) and its e-mail verification page.
  "request.title": { en: "Contact our service team", "zh-CN": "联系售后服务" },
  "request.name": { en: "Your name", "zh-CN": "您的姓名" },
  "request.email": { en: "E-mail", "zh-CN": "电子邮箱" },
  "request.phone": { en: "Phone (optional)", "zh-CN": "电话（选填）" },
  "request.subject": { en: "Subject", "zh-CN": "主题" },
  "request.description": { en: "What happened?", "zh-CN": "问题描述" },
  "request.submit": { en: "Send request", "zh-CN": "提交请求" },
  "request.invalid": { en: "Please check this field.", "zh-CN": "请检查此项。" },
  "request.held": {
    en: "Almost done: we sent a link to {email}. Open it within 48 hours to send your request.",
    "zh-CN": "还差一步：我们已向 {email} 发送确认链接，请在 48 小时内打开以提交请求。",
  },
  "request.created": {
    en: "Thank you! Your request has been received. Its service order number is {number}.",
    "zh-CN": "感谢您的提交！我们已收到您的请求，服务单号为 {number}。",
  },
  "request.already": {
    en: "This request was already confirmed (service order {number}).",
    "zh-CN": "该请求已确认过（服务单号 {number}）。",
  },
  "request.pending": {
    en: 'Send your request "{subject}" to our service team?',
    "zh-CN": "确认提交服务请求“{subject}”？",
  },
  "request.confirm": { en: "Confirm and send", "zh-CN": "确认提交" },
  "request.invalidLink": {
    en: "This link is invalid or has expired. Please send your request again.",
    "zh-CN": "该链接无效或已过期，请重新提交请求。",
  },
  "request.rateLimited": {
    en: "Too many requests. Please try again in an hour.",
    "zh-CN": "提交过于频繁，请一小时后再试。",
  },
  "request.noTenant": { en: "This service page does not exist.", "zh-CN": "该服务页面不存在。" },

  // The page behind the "is it fixed?" links of a resolution notice (/confirm/{token}).
  "confirm.title": { en: "Is your problem fixed?", "zh-CN": "问题是否已解决？" },
  "confirm.question": {
    en: 'Hello {name}, we resolved your request {number} "{subject}". Is the problem fixed?',
    "zh-CN": "{name}，您好：您的服务请求 {number}“{subject}”已处理完成。问题是否已解决？",
  },
  "confirm.yes": { en: "Yes, it is fixed", "zh-CN": "已解决，关闭服务单" },
  "confirm.no": { en: "No, it is not fixed", "zh-CN": "未解决，继续处理" },
  "confirm.reasonLabel": { en: "What is still wrong?", "zh-CN": "还有什么问题？" },
  "confirm.reasonRequired": { en: "Please tell us what is still wrong.", "zh-CN": "请说明仍存在的问题。" },
  "confirm.thanksConfirm": {
    en: "Thank you! Request {number} is now closed.",
    "zh-CN": "感谢您的确认！服务单 {number} 已关闭。",
  },
  "confirm.thanksReject": {
    en: "Thank you. We have reopened request {number} and will get back to you.",
    "zh-CN": "感谢反馈。服务单 {number} 已重新打开，我们会尽快与您联系。",
  },
  "confirm.answered": {
    en: "This request ({number}) has already been answered. Thank you.",
    "zh-CN": "该服务单（{number}）已答复过，感谢您的反馈。",
  },
  "confirm.superseded": {
    en: "This link belongs to an earlier resolution of request {number} and no longer works. Please use the link in our latest mail, or just reply to it.",
    "zh-CN":
      "此链接属于服务单 {number} 之前的一次处理结果，已失效。请使用我们最新邮件中的链接，或直接回复该邮件。",
  },
  "confirm.invalid": {
    en: "This link is invalid or has expired. Just reply to our mail if you need help.",
    "zh-CN": "该链接无效或已过期。如需帮助，请直接回复我们的邮件。",
  },
  // The answer page of a survey's personal link (/survey/{token}).
  "survey.intro": {
    en: "Your answers help us serve you better. It takes about a minute.",
    "zh-CN": "您的回答将帮助我们改进服务，大约需要一分钟。",
  },
  "survey.unlikely": { en: "Not at all likely", "zh-CN": "完全不可能" },
  "survey.likely": { en: "Extremely likely", "zh-CN": "非常可能" },
  "survey.low": { en: "Very dissatisfied", "zh-CN": "非常不满意" },
  "survey.high": { en: "Very satisfied", "zh-CN": "非常满意" },
  "survey.easy": { en: "Very easy", "zh-CN": "非常容易" },
  "survey.hard": { en: "Very hard", "zh-CN": "非常困难" },
  "survey.submit": { en: "Send my answers", "zh-CN": "提交回答" },
  "survey.empty": { en: "Please answer at least one question.", "zh-CN": "请至少回答一个问题。" },
  "survey.required": { en: "Required", "zh-CN": "必答" },
  "survey.invalidAnswer": { en: "Please check this answer.", "zh-CN": "请检查此项回答。" },
  "survey.thanks": { en: "Thank you for your answers!", "zh-CN": "感谢您的反馈！" },
  "survey.answered": {
    en: "This survey has already been answered. Thank you!",
    "zh-CN": "此问卷已经提交过了，感谢您的反馈！",
  },
  "survey.expired": { en: "This survey link has expired.", "zh-CN": "此问卷链接已过期。" },
  "survey.invalid": { en: "This survey link is not valid.", "zh-CN": "此问卷链接无效。" },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageTextKey = keyof typeof PAGE_TEXTS;

// The `{name}` placeholders of a text, as a union of their names (in either language).
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type PlaceholdersOf<K extends PageTextKey> = Placeholders<(typeof PAGE_TEXTS)[K][Locale]>;

// Both languages of a text take the same placeholders: a translation cannot drop the number.
// A key named here fails to compile below, with the key in the message.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MismatchedKeys = {
  [K in PageTextKey]: Same<
    Placeholders<(typeof PAGE_TEXTS)[K]["en"]>,
    Placeholders<(typeof PAGE_TEXTS)[K]["zh-CN"]>
  > extends true
    ? never
    : K;
}[PageTextKey];
const _placeholdersMatch: [MismatchedKeys] extends [never] ? true : MismatchedKeys = true;

// No argument for a text without placeholders, all of them for a text with some.
export type PageTextVars<K extends PageTextKey> = [PlaceholdersOf<K>] extends [never]
  ? []
  : [vars: Record<PlaceholdersOf<K>, string>];

export function pageText<K extends PageTextKey>(locale: Locale, key: K, ...[vars]: PageTextVars<K>): string {
  const values: Record<string, string> = vars ?? {};
  return PAGE_TEXTS[key][locale].replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
}
