import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Services } from "../context.js";
import type { Actor, AppEnv } from "./actor.js";
import { type Access, defineRoute, requireActor } from "./route.js";
import { commonErrors, jsonBody, jsonResponse } from "./schemas.js";

const ZAny = z.any().openapi({ type: "object" });

type Parts = { params?: z.ZodObject; body?: z.ZodType; query?: z.ZodObject };
type Input = { params: Record<string, string>; body: never; query: Record<string, string | undefined> };

// This module's routes are many and alike: one declaration each (access, inputs, handler).
export function addRoute(
  app: OpenAPIHono<AppEnv>,
  s: Services,
  tag: string,
  method: "get" | "post" | "put" | "patch" | "delete",
  path: string,
  access: Access,
  parts: Parts,
  status: 200 | 201 | 204,
  handler: (actor: Actor, input: Input, s: Services) => Promise<unknown>,
): void {
  const request = {
    ...(parts.params ? { params: parts.params } : {}),
    ...(parts.query ? { query: parts.query } : {}),
    ...(parts.body ? { body: jsonBody(parts.body) } : {}),
  };
  const config = defineRoute({
    method,
    path,
    access,
    tags: [tag],
    request,
    responses: { [status]: status === 204 ? { description: "Done" } : jsonResponse(ZAny), ...commonErrors },
  });
  // The schemas above validate; this generic handler cannot carry their inferred types through.
  const handle = async (c: Context<AppEnv>) => {
    const valid = c.req as unknown as { valid(target: string): unknown };
    const input = {
      params: (parts.params ? valid.valid("param") : {}) as Record<string, string>,
      body: (parts.body ? valid.valid("json") : undefined) as never,
      query: (parts.query ? valid.valid("query") : {}) as Record<string, string | undefined>,
    };
    const out = await handler(requireActor(c.get("actor")), input, s);
    if (status === 204) return c.body(null, 204);
    return c.json(out as object, status);
  };
  app.openapi(config, handle as never);
}
