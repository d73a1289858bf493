import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZInspection,
  ZOpenRma,
  ZRma,
  ZRmaQuery,
  ZRmaRefParam,
  ZRmaTransition,
  ZTicketRefParam,
} from "../../../shared/api/rma.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf } from "../../platform/http/schemas.js";
import { getRma } from "./use-cases/get-rma.js";
import { inspectRma } from "./use-cases/inspect-rma.js";
import { openRma } from "./use-cases/open-rma.js";
import { searchRmas } from "./use-cases/search-rmas.js";
import { transitionRma } from "./use-cases/transition-rma.js";

const tags = ["RMA (repair, exchange, return)"];
// The service desk works RMAs; QA signs them off; technicians receive and ship.
const DESK = ["admin", "supervisor", "agent", "technician", "qa"] as const;

export function registerRmaRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/rma",
      access: ["admin", "supervisor", "agent"],
      tags,
      summary: "Open a repair, exchange or return order, authorised against the 三包 engine",
      request: { params: ZTicketRefParam, body: jsonBody(ZOpenRma) },
      responses: { 201: jsonResponse(ZRma, "Opened"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await openRma(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/rmas",
      access: [...STAFF_ROLES, "customer"],
      tags,
      summary: "RMAs (status=qa: QA's inspection queue); a customer sees their own",
      request: { query: ZRmaQuery },
      responses: { 200: jsonResponse(listOf(ZRma)), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const items = await searchRmas(s, requireActor(c.get("actor")), {
        ...q,
        limit: q.limit + 1,
        beforeId: after ? String(after[0]) : undefined,
      });
      return c.json(
        keysetPage(
          items,
          q.limit,
          (last) => [last.id],
          (rma) => rma,
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/rmas/{id}",
      access: [...STAFF_ROLES, "customer"],
      tags,
      summary: "One RMA with every step, its actor and time",
      request: { params: ZRmaRefParam },
      responses: { 200: jsonResponse(ZRma), ...commonErrors },
    }),
    async (c) => c.json(await getRma(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/rmas/{id}/inspection",
      access: ["qa"],
      tags,
      summary: "QA's inspection and sign-off of the returned unit",
      request: { params: ZRmaRefParam, body: jsonBody(ZInspection) },
      responses: { 200: jsonResponse(ZRma), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await inspectRma(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/rmas/{id}/transitions",
      access: DESK,
      tags,
      summary: "receive, ship (trackingNo; replacementSerial for an exchange), refund (amount), close",
      request: { params: ZRmaRefParam, body: jsonBody(ZRmaTransition) },
      responses: { 200: jsonResponse(ZRma), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await transitionRma(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
}
