import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
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
    // Tickets an agent linked it to (its use as a solution on the desk).
    linkedTickets: integer("linked_tickets").notNull().default(0),
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
// An editor answers a gap by writing an article from it (`articleId`, addressed when that article
// is published) or dismisses it as not worth one; either way it leaves the open list.
export type GapSource = "search" | "assistant";
export const kbGaps = pgTable(
  "kb_gaps",
  {
    id: text("id").notNull(),
    tenantId: tenantId(),
    question: text("question").notNull(),
    asked: integer("asked").notNull().default(1),
    lastAskedAt: tstz("last_asked_at").notNull(),
    // Where it was last asked: a search (help centre, portal, API) or the assistant (chat, WeChat).
    source: text("source").$type<GapSource>(),
    articleId: text("article_id"),
    addressedAt: tstz("addressed_at"),
    dismissedAt: tstz("dismissed_at"),
    dismissedBy: text("dismissed_by"),
  },
  (t) => [
    uniqueIndex("kb_gaps_question_idx").on(t.tenantId, t.question),
    uniqueIndex("kb_gaps_id_idx").on(t.tenantId, t.id),
    index("kb_gaps_article_idx").on(t.tenantId, t.articleId),
  ],
);

// One step of an SOP (seed 001 §3.3.1.1): what to do, who does it, with what, whether it is a
// control point (resolving waits for it when the SOP is required), its time limit and what to do
// when it goes wrong. `id` stays the same across versions, so ticked steps survive an edit.
export type SopStep = {
  id: string;
  zh: string;
  en: string;
  role: string;
  tools: string;
  control: boolean;
  minutes: number | null;
  exception: string;
};

// A standard operating procedure for a service scene. It applies to tickets of its types (and
// product line, if set) as a checklist on the ticket; `visitKind` makes it the field checklist
// template of that visit kind when published. Draft → review → published like articles.
export const kbSops = pgTable(
  "kb_sops",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    scene: text("scene").notNull(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    ticketTypes: text("ticket_types").array().notNull().default(sql`'{}'::text[]`),
    productLine: text("product_line"),
    visitKind: text("visit_kind"),
    required: boolean("required").notNull().default(false),
    steps: jsonb("steps").notNull().$type<SopStep[]>(),
    status: text("status").notNull().$type<ArticleStatus>(),
    version: integer("version").notNull().default(1),
    updatedBy: text("updated_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: tstz("published_at"),
  },
  (t) => [index("kb_sops_tenant_idx").on(t.tenantId, t.status, t.id)],
);

// Every saved state of an SOP, with who saved it.
export const kbSopVersions = pgTable(
  "kb_sop_versions",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    sopId: text("sop_id").notNull(),
    version: integer("version").notNull(),
    status: text("status").notNull().$type<ArticleStatus>(),
    snapshot: jsonb("snapshot").notNull().$type<Record<string, unknown>>(),
    changedBy: text("changed_by"),
    changedAt: createdAt(),
  },
  (t) => [uniqueIndex("kb_sop_versions_sop_idx").on(t.tenantId, t.sopId, t.version)],
);

// The SOP steps ticked on a ticket, with who ticked them and when (unticking deletes the row;
// the ticket's history keeps both).
export const kbTicketSopSteps = pgTable(
  "kb_ticket_sop_steps",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    sopId: text("sop_id").notNull(),
    stepId: text("step_id").notNull(),
    doneBy: text("done_by").notNull(),
    doneAt: tstz("done_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ticketId, t.sopId, t.stepId] })],
);

// Articles an agent linked to a ticket (its solution, or one written from it): shown on the
// ticket, and counted as the article's use.
export const kbTicketArticles = pgTable(
  "kb_ticket_articles",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    articleId: text("article_id").notNull(),
    linkedBy: text("linked_by").notNull(),
    linkedAt: tstz("linked_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ticketId, t.articleId] }),
    index("kb_ticket_articles_article_idx").on(t.tenantId, t.articleId),
  ],
);
