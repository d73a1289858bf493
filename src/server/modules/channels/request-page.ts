import type { MailLocale } from "./mail/templates.js";

const T = {
  title: { en: "Contact our service team", "zh-CN": "联系售后服务" },
  name: { en: "Your name", "zh-CN": "您的姓名" },
  email: { en: "E-mail", "zh-CN": "电子邮箱" },
  phone: { en: "Phone (optional)", "zh-CN": "电话（选填）" },
  subject: { en: "Subject", "zh-CN": "主题" },
  description: { en: "What happened?", "zh-CN": "问题描述" },
  submit: { en: "Send request", "zh-CN": "提交请求" },
  invalid: { en: "Please check this field.", "zh-CN": "请检查此项。" },
  held: {
    en: "Almost done: we sent a link to {email}. Open it within 48 hours to send your request.",
    "zh-CN": "还差一步：我们已向 {email} 发送确认链接，请在 48 小时内打开以提交请求。",
  },
  created: {
    en: "Thank you! Your request has been received. Its service order number is {number}.",
    "zh-CN": "感谢您的提交！我们已收到您的请求，服务单号为 {number}。",
  },
  already: {
    en: "This request was already confirmed (service order {number}).",
    "zh-CN": "该请求已确认过（服务单号 {number}）。",
  },
  pending: {
    en: 'Send your request "{subject}" to our service team?',
    "zh-CN": "确认提交服务请求“{subject}”？",
  },
  confirm: { en: "Confirm and send", "zh-CN": "确认提交" },
  invalidLink: {
    en: "This link is invalid or has expired. Please send your request again.",
    "zh-CN": "该链接无效或已过期，请重新提交请求。",
  },
  rateLimited: {
    en: "Too many requests. Please try again in an hour.",
    "zh-CN": "提交过于频繁，请一小时后再试。",
  },
  noTenant: { en: "This service page does not exist.", "zh-CN": "该服务页面不存在。" },
} as const satisfies Record<string, Record<MailLocale, string>>;

type Key = keyof typeof T;
const esc = (v: string) =>
  v.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
const text = (k: Key, l: MailLocale, vars: Record<string, string> = {}) =>
  esc(T[k][l]).replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? esc(vars[v] ?? "") : m));

function page(l: MailLocale, body: string): string {
  return `<!doctype html>
<html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${text("title", l)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
label{display:block;margin-top:.8rem;font-weight:500}input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.4rem;border:1px solid #d9d9d9;border-radius:6px}
textarea{min-height:7rem}button{margin-top:1rem;font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1677ff;color:#fff;cursor:pointer}
.error{color:#cf1322;font-size:.9rem}</style></head><body>${body}</body></html>`;
}

export type FormState = { values: Record<string, string>; invalid: string[] };
const FIELDS = [
  ["name", "text", 200],
  ["email", "email", 254],
  ["phone", "tel", 40],
  ["subject", "text", 200],
  ["description", "textarea", 10000],
] as const;

// Plain HTML (no script, works in an iframe): a POST to the same address.
export function renderRequestForm(l: MailLocale, tenantName: string, form?: FormState): string {
  const fields = FIELDS.map(([name, type, max]) => {
    const value = esc(form?.values[name] ?? "");
    const required = name === "phone" ? "" : " required";
    const control =
      type === "textarea"
        ? `<textarea id="${name}" name="${name}" maxlength="${max}"${required} data-testid="request-${name}">${value}</textarea>`
        : `<input id="${name}" name="${name}" type="${type}" maxlength="${max}" value="${value}"${required} data-testid="request-${name}">`;
    const error = form?.invalid.includes(name)
      ? `<div class="error" role="alert">${text("invalid", l)}</div>`
      : "";
    return `<label for="${name}">${text(name, l)}</label>${control}${error}`;
  }).join("");
  return page(
    l,
    `<h1>${text("title", l)}</h1><p>${esc(tenantName)}</p><form method="post">${fields}<button type="submit" data-testid="request-submit">${text("submit", l)}</button></form>`,
  );
}

// The mailed link's page: a button that POSTs to the same address (opening the link does nothing).
export function renderRequestConfirm(l: MailLocale, subject: string): string {
  return page(
    l,
    `<p data-testid="request-pending">${text("pending", l, { subject })}</p><form method="post"><button type="submit" data-testid="request-confirm">${text("confirm", l)}</button></form>`,
  );
}

export function renderRequestMessage(
  l: MailLocale,
  key: "held" | "created" | "already" | "invalidLink" | "rateLimited" | "noTenant",
  vars: Record<string, string> = {},
): string {
  return page(l, `<p data-testid="request-${key}">${text(key, l, vars)}</p>`);
}
