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
  "kb.sop_not_found": { status: 404, en: "No such SOP.", zh: "没有这个 SOP。" },
  "kb.sop_not_applicable": {
    status: 422,
    en: "This SOP does not apply to this ticket (its type or product line), or is not published.",
    zh: "这个 SOP 不适用于该工单（类型或产品线不符），或尚未发布。",
  },
  "kb.sop_step_unknown": { status: 422, en: "The SOP has no such step.", zh: "该 SOP 没有这个步骤。" },
  "kb.sop_incomplete": {
    status: 422,
    en: 'The SOP "{sopEn}" is required: {open} control step(s) are not ticked yet, first "{stepEn}".',
    zh: "SOP「{sop}」为必做：还有 {open} 个控制点未勾选，首先是「{step}」。",
  },
  "kb.ticket_not_resolved": {
    status: 422,
    en: "An article can be drafted from a ticket only once it is resolved or closed.",
    zh: "工单解决或关闭后才能据此起草文章。",
  },
  "kb.gap_not_found": { status: 404, en: "No such knowledge gap.", zh: "没有这个知识缺口。" },
  "kb.gap_closed": {
    status: 422,
    en: "This gap is already answered by a published article or dismissed.",
    zh: "这个知识缺口已有发布的文章或已被忽略。",
  },
} as const satisfies Record<string, ErrorEntry>;
