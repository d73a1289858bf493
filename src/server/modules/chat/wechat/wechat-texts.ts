import type { Locale } from "../../../../shared/i18n/locale.js";

// What the account says to a WeChat user itself (the assistant's and agents' words come from the
// chat); {placeholders} are filled by wechatText().
const TEXTS = {
  welcome: {
    "zh-CN":
      "欢迎关注！直接发送您遇到的问题（如“洗衣机E3”），智能助手会马上解答；回复“人工”转人工客服。\n发送“绑定 手机号”绑定您的客户账户，以便接收服务进度通知。",
    en: 'Welcome! Send us your question (e.g. "washer E3") and our assistant answers at once; send "agent" for a person.\nSend "bind <phone number>" to link your customer account and get service updates here.',
  },
  bind_code_sent: {
    "zh-CN": "如果手机号 {phone} 已登记，验证码已通过短信发送，请在 10 分钟内回复 6 位验证码完成绑定。",
    en: "If {phone} is registered with us, a code is on its way by SMS: reply with the 6 digits within 10 minutes to link your account.",
  },
  bind_code_sms: {
    "zh-CN": "您的微信绑定验证码为 {code}，10 分钟内有效。如非本人操作，请忽略。",
    en: "Your WeChat link code is {code}, valid for 10 minutes. Ignore this if you did not ask for it.",
  },
  bind_done: {
    "zh-CN": "{name}，绑定成功！服务进度将通过本公众号通知您。",
    en: "{name}, your account is linked. We will send service updates here.",
  },
  bind_wrong_code: {
    "zh-CN": "验证码不正确或已过期，请重新发送“绑定 手机号”。",
    en: 'The code is wrong or has expired: send "bind <phone number>" again.',
  },
  unbind_done: {
    "zh-CN": "已解除绑定，您将不再通过本公众号收到服务通知。",
    en: "Your account is no longer linked; we will stop sending service updates here.",
  },
  visitor_name: { "zh-CN": "微信用户 {id}", en: "WeChat user {id}" },
  image_received: {
    "zh-CN": "[图片] {url}",
    en: "[image] {url}",
  },
  unsupported: {
    "zh-CN": "暂不支持此类消息，请发送文字或图片。",
    en: "We cannot read this kind of message yet: please send text or a picture.",
  },
  notice_status_resolved: {
    "zh-CN": "已处理完成，请确认问题是否解决",
    en: "Resolved: please confirm it is fixed",
  },
  notice_status_closed: { "zh-CN": "已关闭", en: "Closed" },
  notice_visit_confirmed: { "zh-CN": "上门服务已确认", en: "Home visit confirmed" },
  notice_remark: { "zh-CN": "如有疑问，请直接回复本公众号。", en: "Questions? Just reply to this account." },
} satisfies Record<string, Record<Locale, string>>;

export type WechatTextKey = keyof typeof TEXTS;

export function wechatText(key: WechatTextKey, locale: Locale, vars: Record<string, string> = {}): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
