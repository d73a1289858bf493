import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZAnswers,
  ZAssignProgramme,
  ZAttempt,
  ZContest,
  ZExam,
  ZExamStatistics,
  ZLeaderboard,
  ZNewCertification,
  ZNewContest,
  ZNewExam,
  ZNewProgramme,
  ZNewQuestion,
  ZProgramme,
  ZQuestion,
  ZReview,
  ZServingCertifications,
  ZStaffCertification,
  ZTrainingAssignment,
} from "../../../shared/api/training.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { PEOPLE_MANAGERS, REVIEWERS, STAFF } from "./training-roles.js";
import {
  getAttempt,
  listAttempts,
  reviewAttempt,
  signOffAttempt,
  startAttempt,
  submitAttempt,
} from "./use-cases/attempts.js";
import {
  grantCertification,
  listCertifications,
  revoke,
  servingCertifications,
} from "./use-cases/certifications.js";
import { createContest, leaderboard, listContests } from "./use-cases/contests.js";
import { addQuestion, createExam, listExams, listQuestions } from "./use-cases/exam-bank.js";
import { examStatistics } from "./use-cases/exam-statistics.js";
import {
  assignProgramme,
  createProgramme,
  listAssignments,
  listProgrammes,
  markItem,
} from "./use-cases/programmes.js";

const tags = ["People"];
const items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });
const flag = z.enum(["true", "false"]).optional();

export function registerTrainingRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerCertificationRoutes(app, s);
  registerProgrammeRoutes(app, s);
  registerExamRoutes(app, s);
  registerContestRoutes(app, s);
}

const managers = [...PEOPLE_MANAGERS];

function registerCertificationRoutes(app: OpenAPIHono<AppEnv>, s: Services) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/certifications",
      access: [...STAFF],
      tags,
      summary: "Who holds which certification (any staff member), soonest expiry first",
      request: { query: z.object({ userId: z.string().max(100).optional(), expiring: flag }) },
      responses: { 200: jsonResponse(items(ZStaffCertification)), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const filter = { expiringOnly: q.expiring === "true", ...(q.userId ? { userId: q.userId } : {}) };
      return c.json({ items: await listCertifications(s, requireActor(c.get("actor")), filter) }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/certifications",
      access: managers,
      tags,
      summary: "Certify a staff member for a skill until a date (normally granted by passing an exam)",
      request: { body: jsonBody(ZNewCertification) },
      responses: { 201: jsonResponse(ZStaffCertification, "Certified"), ...commonErrors },
    }),
    async (c) => c.json(await grantCertification(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/certifications/{id}",
      access: managers,
      tags,
      summary: "Revoke a certification",
      request: { params: ZIdParam },
      responses: { 204: { description: "Revoked" }, ...commonErrors },
    }),
    async (c) => {
      await revoke(s, requireActor(c.get("actor")), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/serving-certifications",
      access: "signed_in",
      tags,
      summary: "The valid certifications of the person serving a ticket (names and validity only)",
      request: { params: z.object({ ref: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(ZServingCertifications), ...commonErrors },
    }),
    async (c) =>
      c.json(await servingCertifications(s, requireActor(c.get("actor")), c.req.valid("param").ref), 200),
  );
}

function registerProgrammeRoutes(app: OpenAPIHono<AppEnv>, s: Services) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/training/programmes",
      access: [...STAFF],
      tags,
      summary: "Training programmes (courses and onboarding plans) with how many finished or are overdue",
      responses: { 200: jsonResponse(items(ZProgramme)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listProgrammes(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/training/programmes",
      access: managers,
      tags,
      summary: "Create a programme of knowledge articles, links, videos and files",
      request: { body: jsonBody(ZNewProgramme) },
      responses: { 201: jsonResponse(ZProgramme, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createProgramme(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/training/programmes/{id}/assignments",
      access: managers,
      tags,
      summary: "Assign a programme to people and/or roles with a due date",
      request: { params: ZIdParam, body: jsonBody(ZAssignProgramme) },
      responses: { 200: jsonResponse(z.object({ assigned: z.number().int() })), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await assignProgramme(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/training/assignments",
      access: [...STAFF],
      tags,
      summary: "Training assignments with progress: your own, or everyone's for a manager (?mine=false)",
      request: {
        query: z.object({ mine: flag, overdue: flag, programmeId: z.string().max(100).optional() }),
      },
      responses: { 200: jsonResponse(items(ZTrainingAssignment)), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const manager = (PEOPLE_MANAGERS as readonly string[]).includes(actor.role);
      const filter = {
        mine: !manager || q.mine !== "false",
        overdueOnly: q.overdue === "true",
        ...(q.programmeId ? { programmeId: q.programmeId } : {}),
      };
      return c.json({ items: await listAssignments(s, actor, filter) }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/training/assignments/{id}/items/{itemId}",
      access: [...STAFF],
      tags,
      summary: "Mark one item of your programme done or not done",
      request: {
        params: ZIdParam.extend({ itemId: z.string().min(1).max(100) }),
        body: jsonBody(z.object({ done: z.boolean() }).strict()),
      },
      responses: { 200: jsonResponse(ZTrainingAssignment), ...commonErrors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(
        await markItem(s, requireActor(c.get("actor")), p.id, p.itemId, c.req.valid("json").done),
        200,
      );
    },
  );
}

function registerExamRoutes(app: OpenAPIHono<AppEnv>, s: Services) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/exams/questions",
      access: [...REVIEWERS],
      tags,
      summary: "The question bank (with keys) and how often each question is answered right",
      request: { query: z.object({ skill: z.string().max(40).optional() }) },
      responses: { 200: jsonResponse(items(ZQuestion)), ...commonErrors },
    }),
    async (c) =>
      c.json(
        { items: await listQuestions(s, requireActor(c.get("actor")), c.req.valid("query").skill) },
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exams/questions",
      access: managers,
      tags,
      summary: "Add a question to a skill's bank (single, multiple choice, true/false, short answer)",
      request: { body: jsonBody(ZNewQuestion) },
      responses: { 201: jsonResponse(ZQuestion, "Added"), ...commonErrors },
    }),
    async (c) => c.json(await addQuestion(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/exams",
      access: [...STAFF],
      tags,
      summary: "Exams, each with your attempts and best result",
      responses: { 200: jsonResponse(items(ZExam)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listExams(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exams",
      access: managers,
      tags,
      summary: "Create an exam: skill, questions per paper, time limit, pass mark, attempts, validity",
      request: { body: jsonBody(ZNewExam) },
      responses: { 201: jsonResponse(ZExam, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createExam(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/exams/{id}/statistics",
      access: [...REVIEWERS],
      tags,
      summary: "Pass rate and per-question right rate; the questions most get wrong are training gaps",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZExamStatistics), ...commonErrors },
    }),
    async (c) => c.json(await examStatistics(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exams/{id}/attempts",
      access: [...STAFF],
      tags,
      summary:
        "Start an attempt (or resume the running one): a random paper without its key, timed by the server",
      request: { params: ZIdParam },
      responses: { 201: jsonResponse(ZAttempt, "Started"), ...commonErrors },
    }),
    async (c) =>
      c.json(await startAttempt(s, requireActor(c.get("actor")), c.req.valid("param").id, null), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/exam-attempts",
      access: [...STAFF],
      tags,
      summary: "Your attempts, or (?waiting=true, reviewers) those waiting for review or sign-off",
      request: { query: z.object({ waiting: flag }) },
      responses: { 200: jsonResponse(items(ZAttempt)), ...commonErrors },
    }),
    async (c) =>
      c.json(
        {
          items: await listAttempts(s, requireActor(c.get("actor")), {
            waiting: c.req.valid("query").waiting === "true",
          }),
        },
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/exam-attempts/{id}",
      access: [...STAFF],
      tags,
      summary: "One attempt: the paper, time left, and after submission the results",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZAttempt), ...commonErrors },
    }),
    async (c) => c.json(await getAttempt(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exam-attempts/{id}/submit",
      access: [...STAFF],
      tags,
      summary: "Hand in the answers (option ids, or text for a short answer); refused after the time limit",
      request: { params: ZIdParam, body: jsonBody(ZAnswers) },
      responses: { 200: jsonResponse(ZAttempt), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await submitAttempt(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exam-attempts/{id}/review",
      access: [...REVIEWERS],
      tags,
      summary: "Grade the short answers of an attempt (right or wrong each)",
      request: { params: ZIdParam, body: jsonBody(ZReview) },
      responses: { 200: jsonResponse(ZAttempt), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await reviewAttempt(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").grades,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/exam-attempts/{id}/sign-off",
      access: managers,
      tags,
      summary: "Sign off the practical part of a passed attempt: the person is certified now",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZAttempt), ...commonErrors },
    }),
    async (c) => c.json(await signOffAttempt(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
}

function registerContestRoutes(app: OpenAPIHono<AppEnv>, s: Services) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/contests",
      access: [...STAFF],
      tags,
      summary: "Skill contests, newest first",
      responses: { 200: jsonResponse(items(ZContest)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listContests(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/contests",
      access: managers,
      tags,
      summary: "Create a skill contest: an exam and a scoring window",
      request: { body: jsonBody(ZNewContest) },
      responses: { 201: jsonResponse(ZContest, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createContest(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/contests/{id}/leaderboard",
      access: [...STAFF],
      tags,
      summary: "The leaderboard: each person's best entry in the window, by score and then time",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZLeaderboard), ...commonErrors },
    }),
    async (c) => c.json(await leaderboard(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/contests/{id}/entries",
      access: [...STAFF],
      tags,
      summary: "Enter a contest that is open: starts an attempt at its exam",
      request: { params: ZIdParam },
      responses: { 201: jsonResponse(ZAttempt, "Started"), ...commonErrors },
    }),
    async (c) =>
      c.json(await startAttempt(s, requireActor(c.get("actor")), "", c.req.valid("param").id), 201),
  );
}
