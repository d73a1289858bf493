import { z } from "@hono/zod-openapi";

// The knowledge base's request and response schemas: the server's route schemas (with their OpenAPI
// names) and the web app's types (imported as types only, so zod stays out of the bundle).

const ZLocale = z.enum(["zh-CN", "en"]);
const ZStatus = z.enum(["draft", "review", "published"]);
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZArticleInput = z
  .object({
    title: ZText(200),
    body: ZText(50_000),
    tags: z.array(ZText(50)).max(30).optional(),
    locale: ZLocale.optional(),
    status: ZStatus.optional(),
    visibility: z.enum(["public", "internal"]).optional(),
    category: ZText(50).nullable().optional(),
    productLine: ZText(50).nullable().optional(),
    faultCodes: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{1,2}-?\d{1,3}$/),
      )
      .max(20)
      .optional(),
    reviewBy: z.iso.date().nullable().optional(),
    translationOf: z.string().min(1).max(100).optional(),
  })
  .openapi("KbArticleInput");
export type ArticleInput = z.input<typeof ZArticleInput>;

export const ZArticlePatch = ZArticleInput.omit({ locale: true, translationOf: true, status: true })
  .partial()
  .openapi("KbArticlePatch");

export const ZTransition = z.object({ status: ZStatus }).openapi("KbTransition");

export const ZArticle = z
  .object({
    id: z.string(),
    translationKey: z.string(),
    locale: ZLocale,
    title: z.string(),
    body: z.string(),
    tags: z.array(z.string()),
    category: z.string().nullable(),
    productLine: z.string().nullable(),
    faultCodes: z.array(z.string()),
    status: ZStatus,
    visibility: z.enum(["public", "internal"]),
    version: z.number().int(),
    views: z.number().int(),
    helpful: z.number().int(),
    notHelpful: z.number().int(),
    deflected: z.number().int(),
    linkedTickets: z.number().int(),
    updatedBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    reviewBy: z.string().nullable(),
  })
  .openapi("KbArticle");
export type Article = z.infer<typeof ZArticle>;
export type ArticleStatus = z.infer<typeof ZStatus>;

export const ZPublicArticle = ZArticle.pick({
  id: true,
  translationKey: true,
  locale: true,
  title: true,
  body: true,
  tags: true,
  category: true,
  productLine: true,
  faultCodes: true,
  updatedAt: true,
}).openapi("KbPublicArticle");
export type PublicArticle = z.infer<typeof ZPublicArticle>;

export const ZVersion = z
  .object({
    version: z.number().int(),
    status: ZStatus,
    title: z.string(),
    body: z.string(),
    tags: z.array(z.string()),
    changedBy: z.string().nullable(),
    changedAt: z.string(),
  })
  .openapi("KbArticleVersion");

// `tenant`: the help centre's slug, for readers who are not signed in.
const ZTenantSlug = z.string().min(1).max(100).optional();

export const ZSearchQuery = z.object({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  tenant: ZTenantSlug,
});

export const ZTenantQuery = z.object({ tenant: ZTenantSlug });
export const ZStatusQuery = z.object({
  status: ZStatus.optional(),
  // YYYY-MM-DD: only articles due for review on or before that day.
  reviewDue: z.iso.date().optional(),
});

export const ZSynonyms = z
  .object({ groups: z.array(z.array(z.string().trim().min(1).max(30)).min(2).max(20)).max(500) })
  .openapi("KbSynonyms");

export const ZSearchResult = z
  .object({
    items: z.array(z.object({ id: z.string(), title: z.string(), snippet: z.string(), score: z.number() })),
  })
  .openapi("KbSearchResult");
export type SearchItem = z.infer<typeof ZSearchResult>["items"][number];

export const ZFeedback = z
  .union([z.object({ helpful: z.boolean() }), z.object({ solved: z.literal(true) })])
  .openapi("KbFeedback");

export const ZQuestion = z
  .object({ question: z.string().trim().min(1).max(2000), locale: ZLocale.optional() })
  .openapi("AssistantQuestion");

export const ZAnswer = z
  .object({
    answer: z.object({ articleId: z.string(), title: z.string(), text: z.string() }).nullable(),
    confidence: z.number(),
    handoff: z.boolean(),
    reason: z.enum(["asked_for_person", "no_answer", "unsure"]).nullable(),
    clarify: z
      .object({
        options: z.array(
          z.object({ articleId: z.string(), title: z.string(), productLine: z.string().nullable() }),
        ),
      })
      .nullable(),
  })
  .openapi("AssistantAnswer");

// Articles linked to a ticket (knowledge capture): the solution used, or the one written from it.
export const ZTicketArticle = z
  .object({
    id: z.string(),
    title: z.string(),
    locale: ZLocale,
    status: ZStatus,
    linkedBy: z.string(),
    linkedByName: z.string().nullable(),
    linkedAt: z.string(),
  })
  .openapi("KbTicketArticle");
export type TicketArticle = z.infer<typeof ZTicketArticle>;

export const ZLinkArticle = z
  .object({ articleId: z.string().min(1).max(100), linked: z.boolean().default(true) })
  .strict()
  .openapi("KbLinkArticle");
