import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listArticles } from "../knowledge.repository.js";
import type { ArticleStatus } from "../knowledge.tables.js";
import { articleDto } from "./article-dto.js";

// `due`: articles whose review date has come (stale-article review), oldest first.
export async function listArticlesForStaff(s: Services, a: Actor, status?: ArticleStatus, due?: string) {
  const rows = await listArticles(s.db, a.tenantId, "staff", status);
  const picked = due
    ? rows
        .filter((r) => r.reviewBy && r.reviewBy <= due)
        .sort((x, y) => (x.reviewBy ?? "").localeCompare(y.reviewBy ?? ""))
    : rows;
  return { items: picked.map(articleDto) };
}
