import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { gapsFollowArticle } from "../gaps/gaps-follow-article.js";
import { lockArticle, updateArticleRow } from "../knowledge.repository.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import { articleDto } from "./article-dto.js";
import { audit, recordVersion } from "./article-writes.js";

// Draft → review → published, back to draft to rework or withdraw; an editor may publish a draft.
const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ["review", "published"],
  review: ["draft", "published"],
  published: ["draft"],
};

export async function transitionArticle(s: Services, a: Actor, id: string, to: ArticleStatus) {
  return s.db.transaction(async (tx) => {
    const current = await lockArticle(tx, a.tenantId, id);
    if (!current) throw new AppError("kb.not_found");
    if (!TRANSITIONS[current.status].includes(to))
      throw new AppError("kb.invalid_transition", { from: current.status, to });
    const now = s.clock.now();
    const row = await updateArticleRow(tx, a.tenantId, id, {
      status: to,
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: now,
      ...(to === "published" ? { publishedAt: now } : {}),
    });
    await recordVersion(tx, a, row);
    await audit(tx, s, a, "kb.article_status", id, { from: current.status, to, version: row.version });
    await gapsFollowArticle(tx, s, a, id, current.status, to);
    return articleDto(row);
  });
}
