import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZDryRunResult, ZTrigger } from "../../../shared/api/triggers.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZDryRun, ZReorder, ZTriggerInput, ZTriggerPatch } from "./triggers.schemas.js";
import { createTrigger } from "./use-cases/create-trigger.js";
import { dryRun } from "./use-cases/dry-run.js";
import { listTriggerDtos } from "./use-cases/list-triggers.js";
import { patchTrigger } from "./use-cases/patch-trigger.js";
import { removeTrigger } from "./use-cases/remove-trigger.js";
import { reorderTriggers } from "./use-cases/reorder-triggers.js";

const tags = ["Triggers"];
const LEADS = ["supervisor", "admin"] as const;
const ZTriggers = z.object({ items: z.array(ZTrigger) });

export function registerTriggersRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/triggers",
      access: LEADS,
      tags,
      responses: { 200: jsonResponse(ZTriggers), ...commonErrors },
    }),
    async (c) => c.json({ items: await listTriggerDtos(s, actor(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/triggers",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZTriggerInput) },
      responses: { 201: jsonResponse(ZTrigger, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createTrigger(s, actor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/triggers/{id}",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZTriggerPatch) },
      responses: { 200: jsonResponse(ZTrigger), ...commonErrors },
    }),
    async (c) => c.json(await patchTrigger(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/triggers/{id}",
      access: LEADS,
      tags,
      request: { params: ZIdParam },
      responses: { 204: { description: "Deleted" }, ...commonErrors },
    }),
    async (c) => {
      await removeTrigger(s, actor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/triggers/reorder",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZReorder) },
      responses: { 200: jsonResponse(ZTriggers), ...commonErrors },
    }),
    async (c) => c.json({ items: await reorderTriggers(s, actor(c), c.req.valid("json").ids) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/triggers/dry-run",
      access: STAFF_ROLES,
      tags,
      request: { body: jsonBody(ZDryRun) },
      responses: { 200: jsonResponse(ZDryRunResult), ...commonErrors },
    }),
    async (c) => {
      const b = c.req.valid("json");
      return c.json(await dryRun(s, actor(c), b.ticketRef, b.event ?? "created"), 200);
    },
  );
}
