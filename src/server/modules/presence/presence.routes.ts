import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZHeartbeat, ZOwnPresence } from "../../../shared/api/presence.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../platform/http/schemas.js";
import { heartbeat } from "./use-cases/heartbeat.js";
import { presenceOf } from "./use-cases/presence-of.js";

const tags = ["Routing"];

export function registerPresenceRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/presence",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(ZOwnPresence), ...commonErrors },
    }),
    async (c) => c.json(await presenceOf(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/presence/heartbeat",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(ZHeartbeat), ...commonErrors },
    }),
    async (c) => c.json(await heartbeat(s, actor(c)), 200),
  );
}
