import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZAnswer,
  ZArticle,
  ZArticleInput,
  ZArticlePatch,
  ZFeedback,
  ZPublicArticle,
  ZQuestion,
  ZSearchQuery,
  ZSearchResult,
  ZStatusQuery,
  ZSynonyms,
  ZTenantQuery,
  ZTransition,
  ZVersion,
} from "../../../shared/api/knowledge.js";
import { ZGap, ZGapsQuery } from "../../../shared/api/knowledge-gaps.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { rateLimit } from "../../platform/http/rate-limit.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { answerQuestion } from "./use-cases/answer-question.js";
import { articleFeedback } from "./use-cases/article-feedback.js";
import { articleVersions } from "./use-cases/article-versions.js";
import { createArticle } from "./use-cases/create-article.js";
import { dismissGap } from "./use-cases/dismiss-gap.js";
import { draftFromGap } from "./use-cases/draft-from-gap.js";
import { getArticleForStaff } from "./use-cases/get-article-for-staff.js";
import { getSynonyms } from "./use-cases/get-synonyms.js";
import { helpCentreArticles } from "./use-cases/help-centre-articles.js";
import { knowledgeGaps } from "./use-cases/knowledge-gaps.js";
import { listArticlesForStaff } from "./use-cases/list-articles-for-staff.js";
import { putSynonyms } from "./use-cases/put-synonyms.js";
import { readArticle } from "./use-cases/read-article.js";
import { resolveReader } from "./use-cases/reader.js";
import { searchArticles } from "./use-cases/search-articles.js";
import { transitionArticle } from "./use-cases/transition-article.js";
import { updateArticle } from "./use-cases/update-article.js";

const tags = ["Knowledge base"];
const staff = STAFF_ROLES;
// Who answers or dismisses gaps; agents read the list.
const EDITORS = ["admin", "supervisor"] as const;

// Public and unauthenticated, and each call ranks the whole index (the assistant more than that):
// bounded per address, or per user when signed in, generously enough for search-as-you-type.
const SEARCH_LIMIT = { limit: 120, windowMs: 60_000 };
const ASSISTANT_LIMIT = { limit: 30, windowMs: 60_000 };

export function registerKnowledgeRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const searchLimit = rateLimit(SEARCH_LIMIT, s);
  const assistantLimit = rateLimit(ASSISTANT_LIMIT, s);
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/articles",
      access: staff,
      tags,
      request: { body: jsonBody(ZArticleInput) },
      responses: { 201: jsonResponse(ZArticle), 409: commonErrors[422], ...commonErrors },
    }),
    async (c) => c.json(await createArticle(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/articles",
      access: staff,
      tags,
      request: { query: ZStatusQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZArticle) })), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await listArticlesForStaff(
          s,
          requireActor(c.get("actor")),
          c.req.valid("query").status,
          c.req.valid("query").reviewDue,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/articles/{id}",
      access: staff,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZArticle), ...commonErrors },
    }),
    async (c) =>
      c.json(await getArticleForStaff(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/kb/articles/{id}",
      access: staff,
      tags,
      summary: "Edit an article; every save is a new version",
      request: { params: ZIdParam, body: jsonBody(ZArticlePatch) },
      responses: { 200: jsonResponse(ZArticle), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateArticle(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/articles/{id}/status",
      access: staff,
      tags,
      summary: "Move an article: draft → review → published, or back to draft",
      request: { params: ZIdParam, body: jsonBody(ZTransition) },
      responses: { 200: jsonResponse(ZArticle), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await transitionArticle(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").status,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/articles/{id}/versions",
      access: staff,
      tags,
      summary: "Every saved version, newest first, with who saved it",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZVersion) })), ...commonErrors },
    }),
    async (c) => c.json(await articleVersions(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/gaps",
      access: staff,
      tags,
      summary:
        "Questions asked most that no article answered (searches without a result, assistant hand-offs): open, addressed or dismissed",
      request: { query: ZGapsQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZGap) })), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await knowledgeGaps(s, requireActor(c.get("actor")), q.status, q.limit), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/gaps/{id}/draft",
      access: EDITORS,
      tags,
      summary:
        "Write a draft article for a gap (title = the question); publishing it marks the gap addressed. A gap with its article already gives that one back (200)",
      request: { params: ZIdParam },
      responses: { 201: jsonResponse(ZArticle), 200: jsonResponse(ZArticle), ...commonErrors },
    }),
    async (c) => {
      const made = await draftFromGap(s, requireActor(c.get("actor")), c.req.valid("param").id);
      return made.created ? c.json(made.article, 201) : c.json(made.article, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/gaps/{id}/dismiss",
      access: EDITORS,
      tags,
      summary: "Dismiss a gap as not worth an article (recorded with who and when)",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZGap), ...commonErrors },
    }),
    async (c) => c.json(await dismissGap(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/synonyms",
      access: ["admin", "supervisor"],
      tags,
      summary: "The tenant's own synonym groups (added to the shipped domain lexicon)",
      responses: { 200: jsonResponse(ZSynonyms), ...commonErrors },
    }),
    async (c) => c.json(await getSynonyms(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/kb/synonyms",
      access: ["admin"],
      tags,
      summary: 'Replace the tenant\'s synonym groups (e.g. [["甩干", "脱水"]]); search uses them at once',
      request: { body: jsonBody(ZSynonyms) },
      responses: { 200: jsonResponse(ZSynonyms), ...commonErrors },
    }),
    async (c) => c.json(await putSynonyms(s, requireActor(c.get("actor")), c.req.valid("json").groups), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/search",
      access: "public",
      tags,
      middleware: [searchLimit],
      summary: "Search articles, best first (published public ones unless staff)",
      request: { query: ZSearchQuery },
      responses: { 200: jsonResponse(ZSearchResult), ...commonErrors },
    }),
    async (c) => {
      const { q, limit, tenant } = c.req.valid("query");
      const reader = await resolveReader(s, c.get("actor"), tenant);
      return c.json(await searchArticles(s, reader, q, limit, c.get("locale")), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/help/articles",
      access: "public",
      tags,
      summary: "The help centre: every published public article",
      request: { query: ZTenantQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZPublicArticle) })), ...commonErrors },
    }),
    async (c) => {
      const reader = await resolveReader(s, c.get("actor"), c.req.valid("query").tenant);
      return c.json(await helpCentreArticles(s, { ...reader, audience: "public" }), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/help/articles/{id}",
      access: "public",
      tags,
      summary: "Read a published article (counts a view)",
      request: { params: ZIdParam, query: ZTenantQuery },
      responses: { 200: jsonResponse(ZPublicArticle), ...commonErrors },
    }),
    async (c) => {
      const reader = await resolveReader(s, c.get("actor"), c.req.valid("query").tenant);
      return c.json(await readArticle(s, reader, c.req.valid("param").id), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/help/articles/{id}/feedback",
      access: "public",
      tags,
      summary: '"Was this helpful?", or {"solved": true} when it made a new request unnecessary',
      request: { params: ZIdParam, query: ZTenantQuery, body: jsonBody(ZFeedback) },
      responses: { 204: { description: "Counted" }, ...commonErrors },
    }),
    async (c) => {
      const reader = await resolveReader(s, c.get("actor"), c.req.valid("query").tenant);
      await articleFeedback(s, reader, c.req.valid("param").id, c.req.valid("json"));
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/assistant/answer",
      access: "public",
      tags: ["Assistant"],
      middleware: [assistantLimit],
      summary: "Answer from the knowledge base, ask which product on a tie, or hand off to a person",
      request: { query: ZTenantQuery, body: jsonBody(ZQuestion) },
      responses: { 200: jsonResponse(ZAnswer), ...commonErrors },
    }),
    async (c) => {
      const { question, locale } = c.req.valid("json");
      const reader = await resolveReader(s, c.get("actor"), c.req.valid("query").tenant);
      // Without an explicit locale, answer in the language the question is written in.
      const asked = locale ?? (/\p{Script=Han}/u.test(question) ? "zh-CN" : "en");
      return c.json(await answerQuestion(s, reader, question, asked), 200);
    },
  );
}
