import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

export type ArticleStatus = "draft" | "review" | "published";
export type ArticleVisibility = "public" | "internal";

// A help article in one language. Translations share `translationKey` (one article, several
// languages); `version` counts every saved change, each kept in kb_article_versions.
export const kbArticles = pgTable(
  "kb_articles",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    translationKey: text("translation_key").notNull(),
    locale: text("locale").notNull().$type<"zh-CN" | "en">(),
    category: text("category"),
    productLine: text("product_line"),
    faultCodes: text("fault_codes").array().notNull().default(sql`'{}'::text[]`),
    title: text("title").notNull(),
    body: text("body").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    status: text("status").notNull().$type<ArticleStatus>(),
    visibility: text("visibility").notNull().$type<ArticleVisibility>().default("public"),
    version: integer("version").notNull().default(1),
    views: integer("views").notNull().default(0),
    helpful: integer("helpful").notNull().default(0),
    notHelpful: integer("not_helpful").notNull().default(0),
    // "This solved it" on the deflection list of a new request: a request that was never sent.
    deflected: integer("deflected").notNull().default(0),
    updatedBy: text("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: tstz("published_at"),
    // When an editor should check the article is still right (stale-article review).
    reviewBy: date("review_by", { mode: "string" }),
  },
  (t) => [
    index("kb_articles_tenant_idx").on(t.tenantId, t.status, t.id),
    uniqueIndex("kb_articles_translation_idx").on(t.tenantId, t.translationKey, t.locale),
  ],
);

// Every saved state of an article: who changed what, and when.
export const kbArticleVersions = pgTable(
  "kb_article_versions",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    articleId: text("article_id").notNull(),
    version: integer("version").notNull(),
    status: text("status").notNull().$type<ArticleStatus>(),
    snapshot: jsonb("snapshot").notNull().$type<{ title: string; body: string; tags: string[] }>(),
    changedBy: text("changed_by"),
    changedAt: createdAt(),
  },
  (t) => [uniqueIndex("kb_article_versions_article_idx").on(t.tenantId, t.articleId, t.version)],
);

// A tenant's own synonym groups, edited by admins, added to the shipped domain lexicon.
export const kbSettings = pgTable("kb_settings", {
  tenantId: text("tenant_id").primaryKey(),
  synonyms: jsonb("synonyms").notNull().$type<string[][]>(),
  updatedAt: updatedAt(),
});

// Questions the knowledge base could not answer (a search with no article, an assistant hand-off
// for want of one), counted per normalised question: the gaps editors should write for.
export const kbGaps = pgTable(
  "kb_gaps",
  {
    tenantId: tenantId(),
    question: text("question").notNull(),
    asked: integer("asked").notNull().default(1),
    lastAskedAt: tstz("last_asked_at").notNull(),
  },
  (t) => [uniqueIndex("kb_gaps_question_idx").on(t.tenantId, t.question)],
);
