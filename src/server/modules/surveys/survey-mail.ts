// The invitation mail, in the customer's language.
const TEXT = {
  "zh-CN": {
    subject: (number: string) => `您对服务单 ${number} 满意吗？`,
    body: (name: string, number: string, url: string) =>
      `${name}，您好：\n\n您的服务单 ${number} 已完成。请花一分钟告诉我们您的感受：\n${url}\n\n此链接仅供您本人使用，可提交一次，30 天内有效。\n`,
  },
  en: {
    subject: (number: string) => `How did we do on ${number}?`,
    body: (name: string, number: string, url: string) =>
      `Hello ${name},\n\nYour service order ${number} is complete. Please take a minute to tell us how it went:\n${url}\n\nThis link is yours alone, takes one answer and is valid for 30 days.\n`,
  },
} as const;

export function renderSurveyMail(locale: "zh-CN" | "en", v: { name: string; number: string; url: string }) {
  const t = TEXT[locale];
  return { subject: t.subject(v.number), text: t.body(v.name, v.number, v.url) };
}
