import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { addRoute } from "../../platform/http/route-helper.js";
import { ZIdParam } from "../../platform/http/schemas.js";
import { ZPresence, ZRoutingSettings } from "./assignment.schemas.js";
import { routingLoad } from "./use-cases/routing-load.js";
import { routingSettingsOf } from "./use-cases/routing-settings-of.js";
import { setPresence } from "./use-cases/set-presence.js";
import { updateRoutingSettings } from "./use-cases/update-routing-settings.js";

const LEADS = ["supervisor", "admin"] as const;

export function registerAssignmentRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const routing = (
    ...args: Parameters<typeof addRoute> extends [unknown, unknown, unknown, ...infer R] ? R : never
  ) => addRoute(app, s, "Routing", ...args);
  routing(
    "put",
    "/api/v1/users/{id}/presence",
    STAFF_ROLES,
    { params: ZIdParam, body: ZPresence },
    200,
    (a, i) =>
      setPresence(s, a, i.params.id ?? "", (i.body as { status: "online" | "away" | "offline" }).status),
  );
  routing("get", "/api/v1/routing/load", LEADS, {}, 200, (a) => routingLoad(s, a));
  routing("get", "/api/v1/routing/settings", LEADS, {}, 200, (a) => routingSettingsOf(s, a));
  routing("patch", "/api/v1/routing/settings", ["admin"], { body: ZRoutingSettings }, 200, (a, i) =>
    updateRoutingSettings(s, a, i.body),
  );
}
