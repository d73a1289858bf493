import type { Gap, GapStatus } from "../../../../shared/api/knowledge-gaps.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import type { GapRow } from "./gap-repository.js";

const gapStatus = (g: GapRow): GapStatus =>
  g.dismissedAt ? "dismissed" : g.addressedAt ? "addressed" : "open";

export function gapDto(
  g: GapRow,
  article: { title: string | null; status: ArticleStatus | null } | null,
  dismissedByName: string | null = null,
): Gap {
  return {
    id: g.id,
    question: g.question,
    asked: g.asked,
    lastAskedAt: g.lastAskedAt.toISOString(),
    source: g.source ?? null,
    status: gapStatus(g),
    article:
      g.articleId && article?.title && article.status
        ? { id: g.articleId, title: article.title, status: article.status }
        : null,
    addressedAt: g.addressedAt?.toISOString() ?? null,
    dismissedAt: g.dismissedAt?.toISOString() ?? null,
    dismissedBy: g.dismissedBy ? { id: g.dismissedBy, name: dismissedByName } : null,
  };
}
