import { and, count, desc, eq, max, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { products, units } from "../products/index.js";
import { tenants } from "../tenancy/index.js";
import { type ArticleStatus, kbArticles, kbArticleVersions, kbSettings } from "./knowledge.tables.js";

export type ArticleRow = typeof kbArticles.$inferSelect;
export type VersionRow = typeof kbArticleVersions.$inferSelect;

// Who reads: staff see every article; customers and the public only published, public ones.
export type Audience = "staff" | "public";

const articleWhere = (tenantId: string, id: string, audience: Audience) =>
  and(
    eq(kbArticles.tenantId, tenantId),
    eq(kbArticles.id, id),
    audience === "public"
      ? and(eq(kbArticles.status, "published"), eq(kbArticles.visibility, "public"))
      : undefined,
  );

export async function findArticle(
  db: Db,
  tenantId: string,
  id: string,
  audience: Audience,
): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(kbArticles)
    .where(articleWhere(tenantId, id, audience));
  return row;
}

export async function lockArticle(db: Db, tenantId: string, id: string): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(kbArticles)
    .where(articleWhere(tenantId, id, "staff"))
    .for("update");
  return row;
}

export async function translationTaken(
  db: Db,
  tenantId: string,
  translationKey: string,
  locale: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: kbArticles.id })
    .from(kbArticles)
    .where(
      and(
        eq(kbArticles.tenantId, tenantId),
        eq(kbArticles.translationKey, translationKey),
        eq(kbArticles.locale, locale as "zh-CN" | "en"),
      ),
    );
  return Boolean(row);
}

export async function insertArticle(db: Db, row: typeof kbArticles.$inferInsert): Promise<ArticleRow> {
  const [created] = await db.insert(kbArticles).values(row).returning();
  if (!created) throw new Error("insert returned no row");
  return created;
}

export async function updateArticleRow(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof kbArticles.$inferInsert>,
): Promise<ArticleRow> {
  const [row] = await db
    .update(kbArticles)
    .set(patch)
    .where(and(eq(kbArticles.tenantId, tenantId), eq(kbArticles.id, id)))
    .returning();
  if (!row) throw new Error("article vanished under its lock");
  return row;
}

export async function insertVersion(db: Db, row: typeof kbArticleVersions.$inferInsert): Promise<void> {
  await db.insert(kbArticleVersions).values(row);
}

export async function listVersions(db: Db, tenantId: string, articleId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(kbArticleVersions)
    .where(and(eq(kbArticleVersions.tenantId, tenantId), eq(kbArticleVersions.articleId, articleId)))
    .orderBy(desc(kbArticleVersions.version));
}

export async function listArticles(
  db: Db,
  tenantId: string,
  audience: Audience,
  status?: ArticleStatus,
): Promise<ArticleRow[]> {
  return db
    .select()
    .from(kbArticles)
    .where(
      and(
        eq(kbArticles.tenantId, tenantId),
        audience === "public"
          ? and(eq(kbArticles.status, "published"), eq(kbArticles.visibility, "public"))
          : status
            ? eq(kbArticles.status, status)
            : undefined,
      ),
    )
    .orderBy(kbArticles.category, kbArticles.translationKey, kbArticles.locale);
}

// Changes whenever an article is added or saved, or the tenant's synonyms change: the search index is rebuilt when it moves.
export async function articlesStamp(db: Db, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ n: count(), at: max(kbArticles.updatedAt) })
    .from(kbArticles)
    .where(eq(kbArticles.tenantId, tenantId));
  const [settings] = await db
    .select({ at: kbSettings.updatedAt })
    .from(kbSettings)
    .where(eq(kbSettings.tenantId, tenantId));
  return `${row?.n ?? 0}:${row?.at?.getTime() ?? 0}:${settings?.at.getTime() ?? 0}`;
}

type Counter = "views" | "helpful" | "notHelpful" | "deflected" | "linkedTickets";

// Counters move without touching updated_at: a view is not an edit and must not rebuild the index.
export async function bumpCounter(
  db: Db,
  tenantId: string,
  id: string,
  counter: Counter,
  by = 1,
): Promise<void> {
  const column = kbArticles[counter];
  await db
    .update(kbArticles)
    .set({ [counter]: sql`greatest(${column} + ${by}, 0)` })
    .where(and(eq(kbArticles.tenantId, tenantId), eq(kbArticles.id, id)));
}

export async function tenantIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
  return row?.id;
}

// The product lines (product categories) of a customer's registered units.
export async function customerProductLines(db: Db, tenantId: string, customerId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ line: products.category })
    .from(units)
    .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
    .where(and(eq(units.tenantId, tenantId), eq(units.customerId, customerId)));
  return rows.flatMap((r) => (r.line ? [r.line] : []));
}

export async function tenantSynonyms(db: Db, tenantId: string): Promise<string[][]> {
  const [row] = await db.select().from(kbSettings).where(eq(kbSettings.tenantId, tenantId));
  return row?.synonyms ?? [];
}

export async function saveSynonyms(db: Db, tenantId: string, synonyms: string[][], at: Date): Promise<void> {
  await db
    .insert(kbSettings)
    .values({ tenantId, synonyms, updatedAt: at })
    .onConflictDoUpdate({ target: kbSettings.tenantId, set: { synonyms, updatedAt: at } });
}
