import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute } from "../../platform/http/route.js";
import { answerLimit } from "./answer-limit.js";
import { renderSurveyPage, type SurveyPageView } from "./survey-page.js";
import { ZTokenParam } from "./surveys.schemas.js";
import { answerSurvey, viewSurveyLink } from "./use-cases/answer-survey.js";

const tags = ["Surveys"];
const page = { content: { "text/html": { schema: z.string() } } };
const SCORED = new Set(["nps", "csat", "likert", "effort"]);

// The form's fields (q_<question id>) as the answers the API takes: scores as numbers, several
// checked boxes as a list, empty fields left out.
export function answersFromForm(
  questions: readonly { id: string; kind: string }[],
  form: Record<string, string | File | (string | File)[]>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    const raw = form[`q_${q.id}`];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === "string" && v.trim() !== "",
    );
    if (values.length === 0) continue;
    const first = values[0] as string;
    if (q.kind === "multi") answers[q.id] = values;
    else if (SCORED.has(q.kind)) answers[q.id] = /^\d+$/.test(first) ? Number(first) : first;
    else answers[q.id] = q.kind === "text" ? first.trim() : first;
  }
  return answers;
}

export function registerSurveyPageRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const show = async (token: string, fallback: AppEnv["Variables"]["locale"]): Promise<SurveyPageView> => {
    try {
      const v = await viewSurveyLink(s, token);
      return v.state === "open"
        ? { ...v, state: "open" }
        : { state: v.state, locale: v.locale, name: v.name };
    } catch (e) {
      if (e instanceof AppError && e.code === "survey.link_invalid")
        return { state: "invalid", locale: fallback };
      throw e;
    }
  };
  app.openapi(
    defineRoute({
      method: "get",
      path: "/survey/{token}",
      access: "public",
      tags,
      summary: "The answer page of a personal survey link (reading changes nothing)",
      request: { params: ZTokenParam },
      responses: { 200: { description: "HTML page", ...page } },
    }),
    async (c) => {
      c.header("cache-control", "no-store");
      c.header("referrer-policy", "no-referrer");
      return c.html(renderSurveyPage(await show(c.req.valid("param").token, c.get("locale"))), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/survey/{token}",
      access: "public",
      tags,
      middleware: [answerLimit(s)],
      summary: "The answer page's form: one answer per link",
      request: { params: ZTokenParam },
      responses: { 200: { description: "HTML page", ...page } },
    }),
    async (c) => {
      const token = c.req.valid("param").token;
      c.header("cache-control", "no-store");
      c.header("referrer-policy", "no-referrer");
      const view = await show(token, c.get("locale"));
      if (view.state !== "open") return c.html(renderSurveyPage(view), 200);
      const form = await c.req.parseBody({ all: true });
      try {
        await answerSurvey(s, token, answersFromForm(view.questions, form));
        return c.html(renderSurveyPage({ state: "done", locale: view.locale, name: view.name }), 200);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        if (e.code === "survey.already_answered")
          return c.html(renderSurveyPage({ state: "answered", locale: view.locale, name: view.name }), 200);
        if (["survey.invalid_answer", "survey.answer_missing", "survey.empty_answer"].includes(e.code)) {
          const question = e.code === "survey.empty_answer" ? null : String(e.params.question);
          return c.html(renderSurveyPage({ ...view, error: { question } }), 400);
        }
        throw e;
      }
    },
  );
}
