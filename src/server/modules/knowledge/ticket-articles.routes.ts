import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZArticle, ZLinkArticle, ZTicketArticle } from "../../../shared/api/knowledge.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { draftArticleFromTicket } from "./use-cases/draft-from-ticket.js";
import { linkArticle, ticketArticles, unlinkArticle } from "./use-cases/ticket-articles.js";

const tags = ["Knowledge base"];
const desk = ["admin", "supervisor", "agent", "technician", "qa"] as const;
const ZRefParam = z.object({ ref: z.string().min(1).max(100) });
const ZItems = z.object({ items: z.array(ZTicketArticle) });

// Knowledge capture on the ticket: the articles linked to it, and a draft written from it.
export function registerTicketArticleRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/articles",
      access: desk,
      tags,
      summary: "The articles linked to the ticket",
      request: { params: ZRefParam },
      responses: { 200: jsonResponse(ZItems), ...commonErrors },
    }),
    async (c) => c.json(await ticketArticles(s, actorOf(c), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/articles",
      access: desk,
      tags,
      summary: "Link an article to the ticket (counts as the article's use), or unlink it with linked: false",
      request: { params: ZRefParam, body: jsonBody(ZLinkArticle) },
      responses: { 200: jsonResponse(ZItems), ...commonErrors },
    }),
    async (c) => {
      const { ref } = c.req.valid("param");
      const { articleId, linked } = c.req.valid("json");
      const a = actorOf(c);
      return c.json(
        linked ? await linkArticle(s, a, ref, articleId) : await unlinkArticle(s, a, ref, articleId),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/article-draft",
      access: desk,
      tags,
      summary: "Draft an article from a resolved ticket: its problem and solution, linked to it",
      request: { params: ZRefParam },
      responses: { 201: jsonResponse(ZArticle), ...commonErrors },
    }),
    async (c) => c.json(await draftArticleFromTicket(s, actorOf(c), c.req.valid("param").ref), 201),
  );
}
