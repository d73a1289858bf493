import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { auditGap } from "../gaps/gap-audit.js";
import { gapDto } from "../gaps/gap-dto.js";
import { lockGap, updateGap } from "../gaps/gap-repository.js";
import { findArticle } from "../knowledge.repository.js";
import { articleDto } from "./article-dto.js";
import { createArticleInTx } from "./create-article.js";

const SKELETON = {
  "zh-CN": (q: string) => `问题\n${q}\n\n解答\n（请填写解答）`,
  en: (q: string) => `Question\n${q}\n\nAnswer\n(Write the answer here.)`,
} as const;

// An editor answers a gap: a draft article titled with the question (in the question's language)
// and linked to the gap, which counts as addressed once the article is published. A gap that
// already has its article gives that article back instead of a second one.
export async function draftFromGap(s: Services, a: Actor, gapId: string) {
  return s.db.transaction(async (tx) => {
    const gap = await lockGap(tx, a.tenantId, gapId);
    if (!gap) throw new AppError("kb.gap_not_found");
    if (gap.dismissedAt || gap.addressedAt) throw new AppError("kb.gap_closed");
    const existing = gap.articleId ? await findArticle(tx, a.tenantId, gap.articleId, "staff") : undefined;
    if (existing) return { created: false, article: articleDto(existing) };
    const locale = /\p{Script=Han}/u.test(gap.question) ? "zh-CN" : "en";
    const title =
      locale === "en" ? gap.question.charAt(0).toUpperCase() + gap.question.slice(1) : gap.question;
    const row = await createArticleInTx(tx, s, a, {
      title,
      body: SKELETON[locale](title),
      locale,
    });
    const updated = await updateGap(tx, a.tenantId, gap.id, { articleId: row.id });
    await auditGap(tx, s, a, "kb.gap_drafted", gap.id, { question: gap.question, articleId: row.id });
    return { created: true, article: articleDto(row), gap: gapDto(updated, row) };
  });
}
