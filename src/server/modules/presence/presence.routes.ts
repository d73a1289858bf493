import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { addRoute } from "../../platform/http/route-helper.js";
import { heartbeat } from "./use-cases/heartbeat.js";
import { presenceOf } from "./use-cases/presence-of.js";

export function registerPresenceRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  addRoute(app, s, "Routing", "get", "/api/v1/presence", STAFF_ROLES, {}, 200, (a) => presenceOf(s, a));
  addRoute(app, s, "Routing", "post", "/api/v1/presence/heartbeat", STAFF_ROLES, {}, 200, (a) =>
    heartbeat(s, a),
  );
}
