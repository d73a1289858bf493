import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { kbArticles } from "./knowledge.tables.js";

// The titles of some articles of a tenant (any status and audience): for other modules that point
// at articles, e.g. training courses made of them. An id not found is left out.
export async function articleTitles(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: kbArticles.id, title: kbArticles.title })
    .from(kbArticles)
    .where(and(eq(kbArticles.tenantId, tenantId), inArray(kbArticles.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.title]));
}

// A few published articles of a tenant, newest first (e.g. for a demo course).
export async function publishedArticles(db: Db, tenantId: string, locale: "zh-CN" | "en", limit: number) {
  return db
    .select({ id: kbArticles.id, title: kbArticles.title })
    .from(kbArticles)
    .where(
      and(
        eq(kbArticles.tenantId, tenantId),
        eq(kbArticles.status, "published"),
        eq(kbArticles.locale, locale),
      ),
    )
    .orderBy(kbArticles.id)
    .limit(limit);
}
