// The care message as mailed or texted: the rule's own text in the customer's language.
const SUBJECT = {
  "zh-CN": (name: string) => `${name}，您好`,
  en: (name: string) => `Hello ${name}`,
} as const;
const OPT_OUT = {
  "zh-CN": "不想再收到此类关怀消息？请在服务门户的“积分”页面关闭。",
  en: "Prefer not to get these messages? Turn them off on the Points page of the service portal.",
} as const;

export function renderCareMessage(
  locale: "zh-CN" | "en",
  v: { name: string; title: string; message: string },
) {
  return {
    subject: `${v.title} · ${SUBJECT[locale](v.name)}`,
    text: `${SUBJECT[locale](v.name)}\n\n${v.message}\n\n${OPT_OUT[locale]}\n`,
    sms: `${v.title}：${v.message}`,
  };
}
