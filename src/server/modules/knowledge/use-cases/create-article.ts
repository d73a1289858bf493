import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findArticle, insertArticle, translationTaken } from "../knowledge.repository.js";
import type { ArticleStatus, ArticleVisibility } from "../knowledge.tables.js";
import { articleDto } from "./article-dto.js";
import { audit, normaliseCodes, recordVersion } from "./article-writes.js";

export type ArticleInput = {
  title: string;
  body: string;
  tags?: string[];
  locale?: "zh-CN" | "en";
  status?: ArticleStatus;
  visibility?: ArticleVisibility;
  category?: string | null;
  productLine?: string | null;
  faultCodes?: string[];
  /** YYYY-MM-DD: when an editor should check it is still right. */
  reviewBy?: string | null;
  /** Another article's id: this one is its translation. */
  translationOf?: string;
};

export async function createArticle(s: Services, a: Actor, input: ArticleInput) {
  return s.db.transaction(async (tx) => articleDto(await createArticleInTx(tx, s, a, input)));
}

// In the caller's transaction: a draft written from a ticket is created and linked to it at once.
export async function createArticleInTx(tx: Db, s: Services, a: Actor, input: ArticleInput) {
  const locale = input.locale ?? "zh-CN";
  let translationKey = newId("kbk");
  if (input.translationOf) {
    const original = await findArticle(tx, a.tenantId, input.translationOf, "staff");
    if (!original) throw new AppError("kb.not_found");
    translationKey = original.translationKey;
    if (await translationTaken(tx, a.tenantId, translationKey, locale))
      throw new AppError("kb.translation_exists", { locale });
  }
  const now = s.clock.now();
  const status = input.status ?? "draft";
  const row = await insertArticle(tx, {
    id: newId("kba"),
    tenantId: a.tenantId,
    translationKey,
    locale,
    title: input.title,
    body: input.body,
    tags: input.tags ?? [],
    category: input.category ?? null,
    productLine: input.productLine ?? null,
    faultCodes: normaliseCodes(input.faultCodes),
    reviewBy: input.reviewBy ?? null,
    status,
    visibility: input.visibility ?? "public",
    updatedBy: a.userId,
    createdAt: now,
    updatedAt: now,
    publishedAt: status === "published" ? now : null,
  });
  await recordVersion(tx, a, row);
  await audit(tx, s, a, "kb.article_created", row.id, { status, locale, title: row.title });
  return row;
}
