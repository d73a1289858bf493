import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZNewProductUpdate, ZProductUpdate } from "../../../shared/api/products.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { createProductUpdate, listProductUpdates } from "./use-cases/product-updates.js";

const tags = ["Products & units"];

export function registerProductUpdateRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/product-updates",
      access: [...STAFF_ROLES],
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZProductUpdate) })), ...commonErrors },
    }),
    async (c) =>
      c.json({ items: await listProductUpdates(s.db, requireActor(c.get("actor")).tenantId) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/product-updates",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZNewProductUpdate) },
      responses: { 201: jsonResponse(ZProductUpdate, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createProductUpdate(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
}
