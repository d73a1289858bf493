import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZLoadBoard, ZRoutedTicket, ZRoutingSettings as ZSettings } from "../../../shared/api/assignment.js";
import { ZPresenceChange } from "../../../shared/api/presence.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZPresence, ZRoutingSettings, ZTicketRefParam } from "./assignment.schemas.js";
import { routeQueuedTicket } from "./use-cases/route-queued-ticket.js";
import { routingLoad } from "./use-cases/routing-load.js";
import { routingSettingsOf } from "./use-cases/routing-settings-of.js";
import { setPresence } from "./use-cases/set-presence.js";
import { updateRoutingSettings } from "./use-cases/update-routing-settings.js";

const tags = ["Routing"];
const LEADS = ["supervisor", "admin"] as const;

export function registerAssignmentRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/users/{id}/presence",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZPresence) },
      responses: { 200: jsonResponse(ZPresenceChange), ...commonErrors },
    }),
    async (c) =>
      c.json(await setPresence(s, actor(c), c.req.valid("param").id, c.req.valid("json").status), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/routing/load",
      access: LEADS,
      tags,
      responses: { 200: jsonResponse(ZLoadBoard), ...commonErrors },
    }),
    async (c) => c.json(await routingLoad(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/routing/tickets/{ref}/route",
      access: LEADS,
      tags,
      summary: "Route one queued ticket now through the assignment decision",
      request: { params: ZTicketRefParam },
      responses: { 200: jsonResponse(ZRoutedTicket), ...commonErrors },
    }),
    async (c) => c.json(await routeQueuedTicket(s, actor(c), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/routing/settings",
      access: LEADS,
      tags,
      responses: { 200: jsonResponse(ZSettings), ...commonErrors },
    }),
    async (c) => c.json(await routingSettingsOf(s, actor(c)), 200),
  );
  // PATCH and PUT (the People contract, e.g. {"certification": "required"}) both change only the
  // fields sent; the rest keep their values.
  for (const method of ["patch", "put"] as const)
    app.openapi(
      defineRoute({
        method,
        path: "/api/v1/routing/settings",
        access: ["admin"],
        tags,
        request: { body: jsonBody(ZRoutingSettings) },
        responses: { 200: jsonResponse(ZSettings), ...commonErrors },
      }),
      async (c) => c.json(await updateRoutingSettings(s, actor(c), c.req.valid("json")), 200),
    );
}
