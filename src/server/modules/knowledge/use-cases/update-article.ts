import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { lockArticle, updateArticleRow } from "../knowledge.repository.js";
import { articleDto } from "./article-dto.js";
import { audit, normaliseCodes, recordVersion } from "./article-writes.js";
import type { ArticleInput } from "./create-article.js";

export type ArticlePatch = Partial<Omit<ArticleInput, "locale" | "translationOf" | "status">>;

export async function updateArticle(s: Services, a: Actor, id: string, patch: ArticlePatch) {
  return s.db.transaction(async (tx) => {
    const current = await lockArticle(tx, a.tenantId, id);
    if (!current) throw new AppError("kb.not_found");
    const row = await updateArticleRow(tx, a.tenantId, id, {
      ...patch,
      ...(patch.faultCodes ? { faultCodes: normaliseCodes(patch.faultCodes) } : {}),
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: s.clock.now(),
    });
    await recordVersion(tx, a, row);
    await audit(tx, s, a, "kb.article_updated", id, { version: row.version, fields: Object.keys(patch) });
    return articleDto(row);
  });
}
