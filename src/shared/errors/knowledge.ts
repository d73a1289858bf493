import type { ErrorEntry } from "./entry.js";

export const KNOWLEDGE_ERRORS = {
  "kb.not_found": { status: 404, en: "No such article.", zh: "没有这篇文章。" },
  "kb.tenant_required": {
    status: 400,
    en: "Say whose help centre to search: sign in or pass tenant=<slug>.",
    zh: "请指明要搜索哪个帮助中心：请登录或传入 tenant=<slug>。",
  },
  "kb.unknown_tenant": { status: 404, en: "No such help centre.", zh: "没有这个帮助中心。" },
  "kb.translation_exists": {
    status: 409,
    en: "This article already has a {locale} version.",
    zh: "这篇文章已有 {locale} 版本。",
  },
  "kb.invalid_transition": {
    status: 422,
    en: "An article in status {from} cannot move to {to}.",
    zh: "状态为 {from} 的文章不能改为 {to}。",
  },
} as const satisfies Record<string, ErrorEntry>;
