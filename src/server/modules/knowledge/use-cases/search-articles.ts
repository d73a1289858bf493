import type { Services } from "../../../platform/context.js";
import { extract } from "../assistant/retrieval-assistant.js";
import type { ArticleRow } from "../knowledge.repository.js";
import type { Hit } from "../search/knowledge-index.js";
import { type TenantIndex, tenantIndex } from "../search/tenant-index.js";
import { noteGap } from "./note-gap.js";
import type { Reader } from "./reader.js";

export type SearchItem = { id: string; title: string; snippet: string; score: number };

// The best hit per article (translations count once), shown in the reader's language when the
// article has it.
function bestPerArticle(
  built: TenantIndex,
  hits: readonly Hit[],
  locale: string,
): { row: ArticleRow; hit: Hit }[] {
  const byKey = new Map<string, { row: ArticleRow; hit: Hit }>();
  for (const hit of hits) {
    const row = built.articles.get(hit.id);
    if (!row) continue;
    const prev = byKey.get(row.translationKey);
    if (!prev) byKey.set(row.translationKey, { row, hit });
    else if (prev.row.locale !== locale && row.locale === locale)
      byKey.set(row.translationKey, { row, hit: prev.hit });
  }
  // A translation that did not match the words still is the article in the reader's language.
  for (const entry of byKey.values()) {
    if (entry.row.locale === locale) continue;
    for (const other of built.articles.values())
      if (other.translationKey === entry.row.translationKey && other.locale === locale) entry.row = other;
  }
  return [...byKey.values()];
}

// Sentences that share the most question terms make the snippet.
export function snippetFor(built: TenantIndex, question: string, body: string): string {
  const terms = new Set(built.tokenise(question, true).map((t) => t.term));
  return extract(body, (sentence) => built.tokenise(sentence).filter((t) => terms.has(t.term)).length);
}

export async function searchArticles(
  s: Services,
  reader: Reader,
  q: string,
  limit: number,
  locale: string,
): Promise<{ items: SearchItem[] }> {
  const built = await tenantIndex(s.db, reader.tenantId, reader.audience);
  const hits = built.index.search(q, limit * 3);
  const items = bestPerArticle(built, hits, locale)
    .slice(0, limit)
    .map(({ row, hit }) => ({
      id: row.id,
      title: row.title,
      snippet: snippetFor(built, q, row.body),
      score: Number(hit.score.toFixed(3)),
    }));
  if (items.length === 0) await noteGap(s, reader.tenantId, q, "search");
  return { items };
}
