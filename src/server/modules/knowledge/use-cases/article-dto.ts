import type { ArticleRow } from "../knowledge.repository.js";

export function articleDto(row: ArticleRow) {
  return {
    id: row.id,
    translationKey: row.translationKey,
    locale: row.locale,
    title: row.title,
    body: row.body,
    tags: row.tags,
    category: row.category,
    productLine: row.productLine,
    faultCodes: row.faultCodes,
    status: row.status,
    visibility: row.visibility,
    version: row.version,
    views: row.views,
    helpful: row.helpful,
    notHelpful: row.notHelpful,
    deflected: row.deflected,
    linkedTickets: row.linkedTickets,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reviewBy: row.reviewBy,
  };
}
