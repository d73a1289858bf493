import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { bumpCounter, findArticle, listArticles } from "../knowledge.repository.js";
import type { Reader } from "./reader.js";

// What the help centre shows of an article: no editorial fields.
function publicArticle(row: Awaited<ReturnType<typeof findArticle>> & object) {
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

export async function helpCentreArticles(s: Services, reader: Reader) {
  const rows = await listArticles(s.db, reader.tenantId, "public");
  return { items: rows.map(publicArticle) };
}

// Reading an article counts a view.
export async function readArticle(s: Services, reader: Reader, id: string) {
  const row = await findArticle(s.db, reader.tenantId, id, "public");
  if (!row) throw new AppError("kb.not_found");
  await bumpCounter(s.db, reader.tenantId, id, "views");
  return publicArticle(row);
}

export type Feedback = { helpful: boolean } | { solved: true };

// "Was this helpful?" on an article, and "this solved it" on the deflection list of a new
// request, which also counts as helpful.
export async function articleFeedback(s: Services, reader: Reader, id: string, feedback: Feedback) {
  const row = await findArticle(s.db, reader.tenantId, id, "public");
  if (!row) throw new AppError("kb.not_found");
  await s.db.transaction(async (tx) => {
    if ("solved" in feedback) {
      await bumpCounter(tx, reader.tenantId, id, "deflected");
      await bumpCounter(tx, reader.tenantId, id, "helpful");
    } else await bumpCounter(tx, reader.tenantId, id, feedback.helpful ? "helpful" : "notHelpful");
  });
}
