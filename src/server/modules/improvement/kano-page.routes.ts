import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { rateLimit } from "../../platform/http/rate-limit.js";
import { defineRoute } from "../../platform/http/route.js";
import { KANO_ANSWERS, type KanoAnswer } from "./kano.js";
import { type KanoPageView, renderKanoPage } from "./kano-page.js";
import { answerKanoLink, viewKanoLink } from "./use-cases/kano-answers.js";

const tags = ["Continuous improvement"];
const page = { content: { "text/html": { schema: z.string() } } };
const ZToken = z.object({ token: z.string().min(10).max(100) });

// The link is shared, so each answer costs the sender a request: sixty an hour per address, as
// for survey answers.
const limiters = new WeakMap<Services, MiddlewareHandler<AppEnv>>();
function answerLimit(s: Services): MiddlewareHandler<AppEnv> {
  let limiter = limiters.get(s);
  if (!limiter) {
    limiter = rateLimit({ limit: 60, windowMs: 3_600_000 }, s);
    limiters.set(s, limiter);
  }
  return limiter;
}

const isAnswer = (v: unknown): v is KanoAnswer =>
  typeof v === "string" && (KANO_ANSWERS as readonly string[]).includes(v);

export function registerKanoPageRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const show = async (token: string, locale: KanoPageView["locale"]): Promise<KanoPageView> => {
    try {
      return { state: "open", locale, ...(await viewKanoLink(s, token)) };
    } catch (e) {
      if (e instanceof AppError && e.code === "improvement.kano_link_invalid")
        return { state: "invalid", locale };
      throw e;
    }
  };
  app.openapi(
    defineRoute({
      method: "get",
      path: "/kano/{token}",
      access: "public",
      tags,
      summary: "The KANO questionnaire page of a backlog item (reading changes nothing)",
      request: { params: ZToken },
      responses: { 200: { description: "HTML page", ...page } },
    }),
    async (c) => {
      c.header("cache-control", "no-store");
      c.header("referrer-policy", "no-referrer");
      return c.html(renderKanoPage(await show(c.req.valid("param").token, c.get("locale"))), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/kano/{token}",
      access: "public",
      tags,
      middleware: [answerLimit(s)],
      summary: "The KANO page's form: one functional/dysfunctional answer pair",
      request: { params: ZToken },
      responses: { 200: { description: "HTML page", ...page }, 400: { description: "HTML page", ...page } },
    }),
    async (c) => {
      const token = c.req.valid("param").token;
      c.header("cache-control", "no-store");
      c.header("referrer-policy", "no-referrer");
      const view = await show(token, c.get("locale"));
      if (view.state !== "open") return c.html(renderKanoPage(view), 200);
      const form = await c.req.parseBody();
      const { functional, dysfunctional } = form;
      if (!isAnswer(functional) || !isAnswer(dysfunctional))
        return c.html(renderKanoPage({ ...view, missing: true }), 400);
      await answerKanoLink(s, token, { functional, dysfunctional });
      return c.html(renderKanoPage({ state: "done", locale: view.locale }), 200);
    },
  );
}
