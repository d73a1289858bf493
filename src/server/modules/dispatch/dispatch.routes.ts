import { type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  ZBoardQuery,
  ZCreatePlan,
  ZDispatchBoard,
  ZDispatchPlan,
  ZMoveAnswer,
  ZMoveVisit,
} from "../../../shared/api/dispatch.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { applyPlan, readPlan } from "./use-cases/apply-plan.js";
import { createPlan } from "./use-cases/create-plan.js";
import { moveVisit } from "./use-cases/move-visit.js";
import { readBoard } from "./use-cases/read-board.js";

const tags = ["Dispatch"];
const PLANNERS = ["admin", "supervisor"] as const;
const conflict = { 409: commonErrors[422] };

export function registerDispatchRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/dispatch/board",
      access: [...PLANNERS],
      tags,
      summary:
        "A network node's day: technicians' rounds with times, unplanned visits, travel and windows kept",
      request: { query: ZBoardQuery },
      responses: { 200: jsonResponse(ZDispatchBoard), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await readBoard(s, actorOf(c), q.nodeId, q.day), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/dispatch/plans",
      access: [...PLANNERS],
      tags,
      summary:
        "Optimise the rest of a node's day (started visits stay; absent technicians' visits go to others; urgent jobs fitted in): a proposal with before/after",
      request: { body: jsonBody(ZCreatePlan) },
      responses: { 201: jsonResponse(ZDispatchPlan, "Proposed"), ...commonErrors },
    }),
    async (c) => c.json(await createPlan(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/dispatch/plans/{id}",
      access: [...PLANNERS],
      tags,
      summary: "One dispatch plan",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZDispatchPlan), ...commonErrors },
    }),
    async (c) => c.json(await readPlan(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/dispatch/plans/{id}/apply",
      access: [...PLANNERS],
      tags,
      summary:
        "Apply a proposed plan in one transaction (409 dispatch.plan_stale when the day's visits changed since)",
      request: { params: ZIdParam },
      responses: {
        200: jsonResponse(z.object({ plan: ZDispatchPlan, changed: z.number().int() })),
        ...commonErrors,
        ...conflict,
      },
    }),
    async (c) => c.json(await applyPlan(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/dispatch/moves",
      access: [...PLANNERS],
      tags,
      summary:
        "Move a visit to a technician (and a place in the round): the live answer with warnings; apply:true writes it (acceptWarnings:true when there are warnings)",
      request: { body: jsonBody(ZMoveVisit) },
      responses: { 200: jsonResponse(ZMoveAnswer), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await moveVisit(s, actorOf(c), c.req.valid("json")), 200),
  );
}
