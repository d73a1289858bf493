import type { MailLocale } from "./mail/templates.js";
import type { ConfirmView } from "./use-cases/confirm-links.js";

const T = {
  title: { en: "Is your problem fixed?", "zh-CN": "问题是否已解决？" },
  question: {
    en: 'Hello {name}, we resolved your request {number} "{subject}". Is the problem fixed?',
    "zh-CN": "{name}，您好：您的服务请求 {number}“{subject}”已处理完成。问题是否已解决？",
  },
  yes: { en: "Yes, it is fixed", "zh-CN": "已解决，关闭服务单" },
  no: { en: "No, it is not fixed", "zh-CN": "未解决，继续处理" },
  reasonLabel: { en: "What is still wrong?", "zh-CN": "还有什么问题？" },
  reasonRequired: { en: "Please tell us what is still wrong.", "zh-CN": "请说明仍存在的问题。" },
  thanksConfirm: {
    en: "Thank you! Request {number} is now closed.",
    "zh-CN": "感谢您的确认！服务单 {number} 已关闭。",
  },
  thanksReject: {
    en: "Thank you. We have reopened request {number} and will get back to you.",
    "zh-CN": "感谢反馈。服务单 {number} 已重新打开，我们会尽快与您联系。",
  },
  answered: {
    en: "This request ({number}) has already been answered. Thank you.",
    "zh-CN": "该服务单（{number}）已答复过，感谢您的反馈。",
  },
  superseded: {
    en: "This link belongs to an earlier resolution of request {number} and no longer works. Please use the link in our latest mail, or just reply to it.",
    "zh-CN":
      "此链接属于服务单 {number} 之前的一次处理结果，已失效。请使用我们最新邮件中的链接，或直接回复该邮件。",
  },
  invalid: {
    en: "This link is invalid or has expired. Just reply to our mail if you need help.",
    "zh-CN": "该链接无效或已过期。如需帮助，请直接回复我们的邮件。",
  },
} as const satisfies Record<string, Record<MailLocale, string>>;

const esc = (v: string) =>
  v.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function text(key: keyof typeof T, locale: MailLocale, vars: Record<string, string> = {}): string {
  return esc(T[key][locale]).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? esc(vars[k] ?? "") : m));
}

function page(locale: MailLocale, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><title>${text("title", locale)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1f1f1f}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #d9d9d9;cursor:pointer;margin:.5rem 0}
.yes{background:#1677ff;color:#fff;border-color:#1677ff}textarea{width:100%;min-height:5rem;font:inherit}
.error{color:#cf1322}form{margin:1.5rem 0}</style></head><body>${body}</body></html>`;
}

// Server-rendered, no script: the only way to act is to press a button (a POST).
export function renderConfirmPage(view: ConfirmView, preferNo: boolean): string {
  const l = view.locale;
  switch (view.state) {
    case "invalid":
      return page(l, `<p data-testid="confirm-invalid">${text("invalid", l)}</p>`);
    case "superseded":
      return page(
        l,
        `<p data-testid="confirm-superseded">${text("superseded", l, { number: view.number })}</p>`,
      );
    case "answered":
      return page(l, `<p data-testid="confirm-answered">${text("answered", l, { number: view.number })}</p>`);
    case "done":
      return page(
        l,
        `<p data-testid="confirm-done">${text(view.answer === "confirm" ? "thanksConfirm" : "thanksReject", l, { number: view.number })}</p>`,
      );
    case "open": {
      const yes = `<form method="post"><input type="hidden" name="answer" value="confirm"><button class="yes" type="submit" data-testid="confirm-yes">${text("yes", l)}</button></form>`;
      const error = view.error ? `<p class="error" role="alert">${text("reasonRequired", l)}</p>` : "";
      const no = `<form method="post"><input type="hidden" name="answer" value="reject"><label for="reason">${text("reasonLabel", l)}</label>${error}<textarea id="reason" name="reason" maxlength="2000" data-testid="confirm-reason"></textarea><button type="submit" data-testid="confirm-no">${text("no", l)}</button></form>`;
      return page(
        l,
        `<h1>${text("title", l)}</h1><p>${text("question", l, { name: view.name, number: view.number, subject: view.subject })}</p>${preferNo || view.error ? no + yes : yes + no}`,
      );
    }
  }
}
