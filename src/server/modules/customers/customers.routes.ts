import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import { customerVisibility, listCustomers } from "./customers.repository.js";
import { ZCreateCustomer, ZCustomer, ZCustomerQuery, ZUpdateCustomer } from "./customers.schemas.js";
import { createCustomer } from "./use-cases/create-customer.js";
import { toCustomerDto } from "./use-cases/customer-dto.js";
import { getCustomer } from "./use-cases/get-customer.js";
import { patchCustomer } from "./use-cases/patch-customer.js";

const tags = ["Customers"];
const writers = [...STAFF_ROLES, "dealer"] as const;

export function registerCustomerRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/customers",
      access: "signed_in",
      tags,
      request: { query: ZCustomerQuery },
      responses: { 200: jsonResponse(listOf(ZCustomer)), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const rows = await listCustomers(s.db, actor.tenantId, {
        visibility: customerVisibility(actor),
        q: q.q,
        tier: q.tier,
        limit: q.limit + 1,
        afterId: after ? String(after[0]) : undefined,
      });
      return c.json(
        keysetPage(rows, q.limit, (last) => [last.id], toCustomerDto),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/customers",
      access: writers,
      tags,
      request: { body: jsonBody(ZCreateCustomer) },
      responses: { 201: jsonResponse(ZCustomer, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createCustomer(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/customers/{id}",
      access: "signed_in",
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCustomer), ...commonErrors },
    }),
    async (c) => c.json(await getCustomer(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/customers/{id}",
      access: writers,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZUpdateCustomer) },
      responses: { 200: jsonResponse(ZCustomer), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await patchCustomer(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
}
