// The survey's messages (invitation and its one reminder; mail and SMS), in the customer's language.
type Locale = "zh-CN" | "en";
type Vars = { name: string; number: string | null; url: string };

const TEXT = {
  "zh-CN": {
    subject: (number: string) => `您对服务单 ${number} 满意吗？`,
    body: (name: string, number: string, url: string) =>
      `${name}，您好：\n\n您的服务单 ${number} 已完成。请花一分钟告诉我们您的感受：\n${url}\n\n此链接仅供您本人使用，可提交一次，30 天内有效。\n`,
    plainSubject: "请花一分钟评价我们的服务",
    plainBody: (name: string, url: string) =>
      `${name}，您好：\n\n请花一分钟告诉我们您对服务的感受：\n${url}\n\n此链接仅供您本人使用，可提交一次，30 天内有效。\n`,
    reminderSubject: (number: string | null) =>
      number ? `提醒：您对服务单 ${number} 满意吗？` : "提醒：请花一分钟评价我们的服务",
    reminderBody: (name: string, url: string) =>
      `${name}，您好：\n\n几天前我们请您评价我们的服务，您还没有回答。若您愿意，请点击：\n${url}\n\n这是唯一的一次提醒。\n`,
    sms: (url: string) => `【售后服务】请花一分钟评价我们的服务：${url}`,
    chat: (url: string) => `感谢您的咨询！请花一分钟评价本次服务（链接仅供您本人使用，可提交一次）：${url}`,
    smsReminder: (url: string) => `【售后服务】提醒：您还可以评价我们的服务（仅此一次提醒）：${url}`,
  },
  en: {
    subject: (number: string) => `How did we do on ${number}?`,
    body: (name: string, number: string, url: string) =>
      `Hello ${name},\n\nYour service order ${number} is complete. Please take a minute to tell us how it went:\n${url}\n\nThis link is yours alone, takes one answer and is valid for 30 days.\n`,
    plainSubject: "A minute to rate our service",
    plainBody: (name: string, url: string) =>
      `Hello ${name},\n\nPlease take a minute to tell us how our service went:\n${url}\n\nThis link is yours alone, takes one answer and is valid for 30 days.\n`,
    reminderSubject: (number: string | null) =>
      number ? `Reminder: how did we do on ${number}?` : "Reminder: a minute to rate our service",
    reminderBody: (name: string, url: string) =>
      `Hello ${name},\n\nA few days ago we asked how our service went and have not heard back. If you like, answer here:\n${url}\n\nThis is the only reminder.\n`,
    sms: (url: string) => `Please take a minute to rate our service: ${url}`,
    chat: (url: string) =>
      `Thank you for chatting with us! Please take a minute to rate our service (this link is yours alone and takes one answer): ${url}`,
    smsReminder: (url: string) => `Reminder (the only one): you can still rate our service: ${url}`,
  },
} as const;

export function renderSurveyMail(locale: Locale, v: Vars) {
  const t = TEXT[locale];
  return v.number
    ? { subject: t.subject(v.number), text: t.body(v.name, v.number, v.url) }
    : { subject: t.plainSubject, text: t.plainBody(v.name, v.url) };
}

export function renderReminderMail(locale: Locale, v: Vars) {
  const t = TEXT[locale];
  return { subject: t.reminderSubject(v.number), text: t.reminderBody(v.name, v.url) };
}

export const renderSurveySms = (locale: Locale, url: string, reminder = false) =>
  reminder ? TEXT[locale].smsReminder(url) : TEXT[locale].sms(url);

// The message a chat posts with the link, in both languages (the chat shows the customer's).
export const renderSurveyChat = (url: string) => ({
  "zh-CN": TEXT["zh-CN"].chat(url),
  en: TEXT.en.chat(url),
});
