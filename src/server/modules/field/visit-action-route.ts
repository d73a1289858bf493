import type { OpenAPIHono, RouteConfig, z } from "@hono/zod-openapi";
import { type Visit, ZVisit } from "../../../shared/api/field.js";
import type { Role } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { Actor, AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZActionKeyHeader } from "./field.schemas.js";

// What the technician does on site (steps, parts, signature, checklist, photos, rating…): a POST on
// the visit with the phone's idempotency key, answered with the visit as it stands after. The
// phone's offline queue replays these under the same key.
type VisitAction<B extends z.ZodType> = {
  action: string;
  access: readonly Role[];
  summary: string;
  body: B;
  // More answers than the common errors (409 on a conflict, 415 on a photo that lies about its type).
  responses?: RouteConfig["responses"];
  run: (
    s: Services,
    actor: Actor,
    visitId: string,
    body: z.infer<B>,
    key: string | undefined,
  ) => Promise<Visit>;
};

export function registerVisitAction<B extends z.ZodType>(
  app: OpenAPIHono<AppEnv>,
  s: Services,
  a: VisitAction<B>,
): void {
  const route = defineRoute({
    method: "post",
    path: `/api/v1/visits/{id}/${a.action}`,
    access: a.access,
    tags: ["Field service"],
    summary: a.summary,
    request: { params: ZIdParam, headers: ZActionKeyHeader, body: jsonBody(a.body) },
    responses: { 200: jsonResponse(ZVisit), ...commonErrors, ...a.responses },
  });
  app.openapi(route, async (c) => {
    // The route's types are built from `a.body` (a generic): read the validated parts by name.
    const valid = c.req.valid.bind(c.req) as (target: "json" | "header" | "param") => unknown;
    const { id } = valid("param") as { id: string };
    const key = (valid("header") as { "idempotency-key"?: string })["idempotency-key"];
    return c.json(await a.run(s, requireActor(c.get("actor")), id, valid("json") as z.infer<B>, key), 200);
  });
}
