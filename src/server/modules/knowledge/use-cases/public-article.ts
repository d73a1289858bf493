import type { findArticle } from "../knowledge.repository.js";

// What the help centre shows of an article: no editorial fields.
export function publicArticle(row: Awaited<ReturnType<typeof findArticle>> & object) {
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
    updatedAt: row.updatedAt.toISOString(),
  };
}
