import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZPortalSurvey,
  ZPublicSurvey,
  ZSurvey,
  ZSurveyFollowUp,
  ZSurveyInvitation,
  ZSurveyResults,
  ZSurveyResultsQuery,
  ZSurveySettings,
} from "../../../shared/api/surveys.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { answerLimit } from "./answer-limit.js";
import {
  ZAnswers,
  ZFollowUpQuery,
  ZIdParam,
  ZNewInvitation,
  ZNewSurvey,
  ZSurveyUpdate,
  ZTokenParam,
} from "./surveys.schemas.js";
import { answerSurvey, viewSurveyLink } from "./use-cases/answer-survey.js";
import { closeFollowUp, listFollowUps } from "./use-cases/follow-ups.js";
import { inviteCustomer } from "./use-cases/invite-customer.js";
import { allSurveys, createSurvey, getSurvey, updateSurvey } from "./use-cases/manage-surveys.js";
import { answerMySurvey, myOpenSurveys, viewMySurvey } from "./use-cases/portal-surveys.js";
import { surveyResults, surveyWorkbook } from "./use-cases/survey-results.js";
import { getSurveySettings, saveSurveySettings } from "./use-cases/survey-settings.js";
import { visitSurveyLink } from "./use-cases/visit-survey.js";

const tags = ["Surveys"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MANAGERS = ["admin", "supervisor"] as const;
const DESK = ["admin", "supervisor", "agent"] as const;
const conflict = {
  409: {
    description: "This link was answered already",
    content: { "application/json": { schema: z.object({ error: z.object({ code: z.string() }) }) } },
  },
};

export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/surveys",
      access: [...MANAGERS],
      tags,
      summary: "Create a survey (NPS, CSAT, Likert, choices, effort, open text; zh and en texts)",
      request: { body: jsonBody(ZNewSurvey) },
      responses: { 201: jsonResponse(ZSurvey, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createSurvey(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/surveys",
      access: [...DESK],
      tags,
      summary: "The tenant's surveys, newest first",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSurvey) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await allSurveys(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/surveys/{id}",
      access: [...DESK],
      tags,
      summary: "One survey",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZSurvey), ...commonErrors },
    }),
    async (c) => c.json(await getSurvey(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/surveys/{id}",
      access: [...MANAGERS],
      tags,
      summary: "Edit a survey (the whole definition); a question with answers keeps its kind (409)",
      request: { params: ZIdParam, body: jsonBody(ZSurveyUpdate) },
      responses: { 200: jsonResponse(ZSurvey), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateSurvey(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/survey-settings",
      access: [...MANAGERS],
      tags,
      summary: "The tenant's survey settings (days before the one reminder)",
      responses: { 200: jsonResponse(ZSurveySettings), ...commonErrors },
    }),
    async (c) => c.json(await getSurveySettings(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/survey-settings",
      access: ["admin"],
      tags,
      summary: "Change the tenant's survey settings",
      request: { body: jsonBody(ZSurveySettings) },
      responses: { 200: jsonResponse(ZSurveySettings), ...commonErrors },
    }),
    async (c) => c.json(await saveSurveySettings(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/surveys/{id}/invitations",
      access: [...DESK],
      tags,
      summary: "A personal link for a customer (one answer, 30 days); the token is shown only here",
      request: { params: ZIdParam, body: jsonBody(ZNewInvitation) },
      responses: { 201: jsonResponse(ZSurveyInvitation, "Created"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await inviteCustomer(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/survey-visit-links",
      access: ["admin", "supervisor", "agent", "technician"],
      tags,
      summary: "At a visit's end: a personal survey link for the ticket's customer, to show as a QR code",
      request: { body: jsonBody(z.object({ ticketRef: z.string().min(1).max(64) })) },
      responses: {
        201: jsonResponse(ZSurveyInvitation.extend({ surveyName: z.string() }), "Created"),
        ...commonErrors,
      },
    }),
    async (c) =>
      c.json(await visitSurveyLink(s, requireActor(c.get("actor")), c.req.valid("json").ticketRef), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/surveys/{id}/results",
      access: [...MANAGERS],
      tags,
      summary: "Response rate, NPS, CSAT, means (95 % intervals) and distributions per question, filtered",
      request: { params: ZIdParam, query: ZSurveyResultsQuery },
      responses: { 200: jsonResponse(ZSurveyResults), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await surveyResults(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("query")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/surveys/{id}/results.xlsx",
      access: [...MANAGERS],
      tags,
      summary:
        "The filtered results as an Excel workbook: the summary with 95 % intervals, and every response",
      request: { params: ZIdParam, query: ZSurveyResultsQuery },
      responses: {
        200: {
          description: "The workbook",
          content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const { bytes, name } = await surveyWorkbook(s, actor, c.req.valid("param").id, c.req.valid("query"));
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": XLSX,
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/survey-follow-ups",
      access: [...MANAGERS],
      tags,
      summary: "Low scores (NPS ≤ 6, CSAT ≤ 2) waiting for a supervisor's follow-up",
      request: { query: ZFollowUpQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSurveyFollowUp) })), ...commonErrors },
    }),
    async (c) =>
      c.json(
        { items: await listFollowUps(s, requireActor(c.get("actor")), c.req.valid("query").status) },
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/survey-follow-ups/{id}/done",
      access: [...MANAGERS],
      tags,
      summary: "Mark a follow-up done (the customer was contacted)",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZSurveyFollowUp), ...commonErrors },
    }),
    async (c) => c.json(await closeFollowUp(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/public/surveys/{token}",
      access: "public",
      tags,
      summary: "A personal link's questions in the customer's language, and whether it can still be answered",
      request: { params: ZTokenParam },
      responses: { 200: jsonResponse(ZPublicSurvey), ...commonErrors },
    }),
    async (c) => {
      c.header("cache-control", "no-store");
      return c.json(await viewSurveyLink(s, c.req.valid("param").token), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/public/surveys/{token}/responses",
      access: "public",
      tags,
      middleware: [answerLimit(s)],
      summary: "Answer through a personal link: one answer per link, a second one is 409",
      request: { params: ZTokenParam, body: jsonBody(ZAnswers) },
      responses: {
        201: jsonResponse(z.object({ id: z.string() }), "Recorded"),
        ...commonErrors,
        ...conflict,
      },
    }),
    async (c) => c.json(await answerSurvey(s, c.req.valid("param").token, c.req.valid("json").answers), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/portal/surveys",
      access: ["customer"],
      tags,
      summary: "The signed-in customer's surveys still waiting for an answer (the portal's card)",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZPortalSurvey) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await myOpenSurveys(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/portal/surveys/{id}",
      access: ["customer"],
      tags,
      summary: "One of the customer's own invitations: its questions in their language",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZPublicSurvey), ...commonErrors },
    }),
    async (c) => c.json(await viewMySurvey(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/portal/surveys/{id}/responses",
      access: ["customer"],
      tags,
      summary: "Answer one of the customer's own invitations in the portal (one answer; a second is 409)",
      request: { params: ZIdParam, body: jsonBody(ZAnswers) },
      responses: {
        201: jsonResponse(z.object({ id: z.string() }), "Recorded"),
        ...commonErrors,
        ...conflict,
      },
    }),
    async (c) =>
      c.json(
        await answerMySurvey(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").answers,
        ),
        201,
      ),
  );
}
