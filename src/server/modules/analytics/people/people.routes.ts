import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  SCORECARD_ROLES,
  ZAwardInput,
  ZAwardList,
  ZClosePlanInput,
  ZCoachingPlan,
  ZCoachingPlanList,
  ZComputeInput,
  ZGoalInput,
  ZOpenPlanInput,
  ZPeriod,
  ZScorecardDetail,
  ZScorecardList,
  ZSessionInput,
  ZWeightsInput,
  ZWeightsView,
} from "../../../../shared/api/scorecards.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../../platform/http/schemas.js";
import { listPlans, openPlan, readPlan } from "./use-cases/coaching-plans.js";
import { addGoal, addSession, closePlan } from "./use-cases/coaching-steps.js";
import { computeScorecards } from "./use-cases/compute-scorecards.js";
import { listScorecards } from "./use-cases/list-scorecards.js";
import { readScorecard } from "./use-cases/read-scorecard.js";
import { readWeights, saveWeights } from "./use-cases/scorecard-weights.js";
import { listAwards, pickAwards } from "./use-cases/service-awards.js";

const tags = ["People"];
const LEADS = ["admin", "supervisor"] as const;
// Everyone whose work is scored (and the leads): each sees what their scope gives them.
const WORKERS = ["admin", "supervisor", "agent", "technician", "qa"] as const;
const conflict = { 409: commonErrors[422] };

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  const ZListQuery = z.object({ period: ZPeriod.optional(), role: z.enum(SCORECARD_ROLES).optional() });

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/scorecards",
      access: WORKERS,
      tags,
      summary: "A month's scorecards the caller may see (the latest computed month by default), best first",
      request: { query: ZListQuery },
      responses: { 200: jsonResponse(ZScorecardList), ...commonErrors },
    }),
    async (c) => c.json(await listScorecards(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/scorecards/compute",
      access: LEADS,
      tags,
      summary: "Compute a month's scorecards (a month computed after it ended stays as it is)",
      request: { body: jsonBody(ZComputeInput) },
      responses: { 200: jsonResponse(ZScorecardList), ...commonErrors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { period } = c.req.valid("json");
      await computeScorecards(s.db, actor.tenantId, period, s.clock.now());
      return c.json(await listScorecards(s, actor, { period }), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/scorecards/weights",
      access: LEADS,
      tags,
      summary: "The KPI weights of each scorecard role",
      responses: { 200: jsonResponse(ZWeightsView), ...commonErrors },
    }),
    async (c) => c.json(await readWeights(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/scorecards/weights",
      access: ["admin"],
      tags,
      summary: "Set one role's KPI weights (whole numbers adding up to 100)",
      request: { body: jsonBody(ZWeightsInput.extend({ role: z.enum(SCORECARD_ROLES) })) },
      responses: { 200: jsonResponse(ZWeightsView), ...commonErrors },
    }),
    async (c) => {
      const { role, weights } = c.req.valid("json");
      return c.json(await saveWeights(s, actorOf(c), role, weights), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/scorecards/{id}",
      access: WORKERS,
      tags,
      summary: "One scorecard with its KPI breakdown, trend, awards and coaching plans",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZScorecardDetail), ...commonErrors },
    }),
    async (c) => c.json(await readScorecard(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/service-awards",
      access: WORKERS,
      tags,
      summary: "Service-star awards, newest month first",
      request: { query: z.object({ userId: z.string().max(100).optional() }) },
      responses: { 200: jsonResponse(ZAwardList), ...commonErrors },
    }),
    async (c) => c.json(await listAwards(s, actorOf(c), c.req.valid("query").userId), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/service-awards",
      access: LEADS,
      tags,
      summary: "Pick a finished month's service stars (top N per role with a minimum volume), once",
      request: { body: jsonBody(ZAwardInput) },
      responses: { 201: jsonResponse(ZAwardList), ...conflict, ...commonErrors },
    }),
    async (c) => c.json(await pickAwards(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/coaching-plans",
      access: WORKERS,
      tags,
      summary: "Coaching plans the caller may see",
      request: { query: z.object({ status: z.enum(["open", "closed"]).optional() }) },
      responses: { 200: jsonResponse(ZCoachingPlanList), ...commonErrors },
    }),
    async (c) => c.json(await listPlans(s, actorOf(c), c.req.valid("query").status), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/coaching-plans",
      access: LEADS,
      tags,
      summary: "Open a coaching plan from a scorecard below target (its weak KPIs become goals)",
      request: { body: jsonBody(ZOpenPlanInput) },
      responses: { 201: jsonResponse(ZCoachingPlan), ...conflict, ...commonErrors },
    }),
    async (c) => c.json(await openPlan(s, actorOf(c), c.req.valid("json").scorecardId), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/coaching-plans/{id}",
      access: WORKERS,
      tags,
      summary: "A coaching plan with goals, follow-up measurement and sessions",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCoachingPlan), ...commonErrors },
    }),
    async (c) => c.json(await readPlan(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/coaching-plans/{id}/goals",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZGoalInput) },
      responses: { 201: jsonResponse(ZCoachingPlan), ...conflict, ...commonErrors },
    }),
    async (c) => c.json(await addGoal(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/coaching-plans/{id}/sessions",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZSessionInput) },
      responses: { 201: jsonResponse(ZCoachingPlan), ...conflict, ...commonErrors },
    }),
    async (c) => c.json(await addSession(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/coaching-plans/{id}/close",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZClosePlanInput) },
      responses: { 200: jsonResponse(ZCoachingPlan), ...conflict, ...commonErrors },
    }),
    async (c) => c.json(await closePlan(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}
