import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import { listProducts } from "./products.repository.js";
import {
  ZCreateProduct,
  ZCreateUnit,
  ZProduct,
  ZProductQuery,
  ZSerialParam,
  ZUnit,
  ZUnitQuery,
  ZUpdateProduct,
  ZUpdateUnitFacts,
} from "./products.schemas.js";
import { createProduct } from "./use-cases/create-product.js";
import { getUnit } from "./use-cases/get-unit.js";
import { patchProduct } from "./use-cases/patch-product.js";
import { toProductDto } from "./use-cases/product-dto.js";
import { registerUnit } from "./use-cases/register-unit.js";
import { searchUnits } from "./use-cases/search-units.js";
import { updateUnitFacts } from "./use-cases/update-unit-facts.js";

const tags = ["Products & units"];

export function registerProductRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/products",
      access: "signed_in",
      tags,
      request: { query: ZProductQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZProduct), nextCursor: z.null() })),
        ...commonErrors,
      },
    }),
    async (c) => {
      const rows = await listProducts(s.db, requireActor(c.get("actor")).tenantId, c.req.valid("query").q);
      return c.json({ items: rows.map(toProductDto), nextCursor: null }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/products",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZCreateProduct) },
      responses: { 201: jsonResponse(ZProduct, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createProduct(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/products/{id}",
      access: ["admin"],
      tags,
      request: { params: ZIdParam, body: jsonBody(ZUpdateProduct) },
      responses: { 200: jsonResponse(ZProduct), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await patchProduct(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/units",
      // Customers and dealers claim units through POST /unit-registrations (invoice + review), so
      // nobody outside staff learns from this route whether a serial is already registered.
      access: STAFF_ROLES,
      tags,
      request: { body: jsonBody(ZCreateUnit) },
      responses: { 201: jsonResponse(ZUnit, "Registered"), ...commonErrors },
    }),
    async (c) => c.json(await registerUnit(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/units",
      access: "signed_in",
      tags,
      request: { query: ZUnitQuery },
      responses: { 200: jsonResponse(listOf(ZUnit)), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const items = await searchUnits(s, requireActor(c.get("actor")), {
        customerId: q.customerId,
        q: q.q,
        limit: q.limit + 1,
        afterId: after ? String(after[0]) : undefined,
      });
      return c.json(
        keysetPage(
          items,
          q.limit,
          (last) => [last.id],
          (unit) => unit,
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/units/{serial}",
      access: "signed_in",
      tags,
      request: { params: ZSerialParam },
      responses: { 200: jsonResponse(ZUnit), ...commonErrors },
    }),
    async (c) => c.json(await getUnit(s, requireActor(c.get("actor")), c.req.valid("param").serial), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/units/{serial}",
      access: STAFF_ROLES,
      tags,
      summary: "Record a unit's 三包 facts (invoice, delivery or installation, sale channel, documents)",
      request: { params: ZSerialParam, body: jsonBody(ZUpdateUnitFacts) },
      responses: { 200: jsonResponse(ZUnit), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateUnitFacts(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").serial,
          c.req.valid("json"),
        ),
        200,
      ),
  );
}
