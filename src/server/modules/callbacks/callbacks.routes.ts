import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZCallback, ZCallbackDetail, ZCallbackSettings } from "../../../shared/api/callbacks.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { listCallbacks } from "./callbacks.repository.js";
import { ZCallbackQuery, ZIdParam, ZNewAttempt, ZNewResult } from "./callbacks.schemas.js";
import { getCallback } from "./use-cases/get-callback.js";
import { getCallbackSettings, saveCallbackSettings } from "./use-cases/manage-settings.js";
import { recordAttempt } from "./use-cases/record-attempt.js";
import { recordResult } from "./use-cases/record-result.js";

const tags = ["Callbacks"];
// Callers are agents and supervisors; the rules are the admin's.
const CALLERS = ["admin", "supervisor", "agent"] as const;

export function registerCallbackRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/callbacks",
      access: [...CALLERS],
      tags,
      summary: "The callback queue (回访): open callbacks due first, or finished ones newest first",
      request: { query: ZCallbackQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZCallback) })), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const items = await listCallbacks(s.db, actor.tenantId, {
        status: q.status ?? "open",
        dueBy: q.due === "now" ? s.clock.now() : undefined,
        ticketId: q.ticket,
      });
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/callbacks/{id}",
      access: [...CALLERS],
      tags,
      summary: "One callback with its script and attempts",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCallbackDetail), ...commonErrors },
    }),
    async (c) => c.json(await getCallback(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/callbacks/{id}/attempts",
      access: [...CALLERS],
      tags,
      summary:
        "An unanswered call (no answer, busy, wrong number): the next one is scheduled per the retry plan",
      request: { params: ZIdParam, body: jsonBody(ZNewAttempt) },
      responses: { 201: jsonResponse(ZCallbackDetail, "Recorded"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await recordAttempt(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/callbacks/{id}/result",
      access: [...CALLERS],
      tags,
      summary:
        "The customer was reached: fixed (confirms the ticket), not fixed (reopens it), complaint (opens one)",
      request: { params: ZIdParam, body: jsonBody(ZNewResult) },
      responses: { 200: jsonResponse(ZCallbackDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await recordResult(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/callback-settings",
      access: [...CALLERS],
      tags,
      summary: "The tenant's callback rules, retry plan, policy and scripts",
      responses: { 200: jsonResponse(ZCallbackSettings), ...commonErrors },
    }),
    async (c) => c.json(await getCallbackSettings(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/callback-settings",
      access: ["admin"],
      tags,
      summary:
        "Change the callback rules (which tickets, sampling, retry plan, auto-confirm policy, scripts)",
      request: { body: jsonBody(ZCallbackSettings) },
      responses: { 200: jsonResponse(ZCallbackSettings), ...commonErrors },
    }),
    async (c) =>
      c.json(await saveCallbackSettings(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
}
