import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZAdjustment,
  ZCreatePart,
  ZCreateReservation,
  ZCreateSite,
  ZCreateTransfer,
  ZMovement,
  ZMovementQuery,
  ZOldPartQuery,
  ZOldPartReturn,
  ZPart,
  ZPartQuery,
  ZPurchaseLine,
  ZReceipt,
  ZReceiptResult,
  ZRefParam,
  ZReorderPoint,
  ZReservation,
  ZReservationQuery,
  ZSite,
  ZSiteQuery,
  ZStockLine,
  ZStockQuery,
  ZTransfer,
  ZTransferQuery,
  ZUpdateSite,
  ZVanStock,
} from "./parts.schemas.js";
import { adjustStock } from "./use-cases/adjust-stock.js";
import { createPart } from "./use-cases/create-part.js";
import { createSite } from "./use-cases/create-site.js";
import { purchaseSuggestions } from "./use-cases/purchase-suggestions.js";
import { readMovements } from "./use-cases/read-movements.js";
import { readOldPartReturns } from "./use-cases/read-old-part-returns.js";
import { readPart } from "./use-cases/read-part.js";
import { readParts } from "./use-cases/read-parts.js";
import { readReservations } from "./use-cases/read-reservations.js";
import { readSites } from "./use-cases/read-sites.js";
import { readStock } from "./use-cases/read-stock.js";
import { readTransfers } from "./use-cases/read-transfers.js";
import { readVanStock } from "./use-cases/read-van-stock.js";
import { receiveStock } from "./use-cases/receive-stock.js";
import { receiveTransfer } from "./use-cases/receive-transfer.js";
import { reserveStock } from "./use-cases/reserve-stock.js";
import { sendTransfer } from "./use-cases/send-transfer.js";
import { settleOldPart } from "./use-cases/settle-old-part.js";
import { settleReservation } from "./use-cases/settle-reservation.js";
import { updateReorderPoint } from "./use-cases/update-reorder-point.js";
import { updateSite } from "./use-cases/update-site.js";

const tags = ["Spare parts"];
const LEADS = ["admin", "supervisor"] as const;
// Who handles parts day to day: the desk and the technicians (QA only reads).
const HANDLERS = ["admin", "supervisor", "agent", "technician"] as const;
// 409: stock.insufficient, or a part number / site code already taken (same error body).
const conflict = { 409: commonErrors[422] };

export function registerPartsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/parts",
      access: STAFF_ROLES,
      tags,
      request: { query: ZPartQuery },
      responses: { 200: jsonResponse(listOf(ZPart)), ...commonErrors },
    }),
    async (c) => c.json(await readParts(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/parts",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZCreatePart) },
      responses: { 201: jsonResponse(ZPart, "Created"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await createPart(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/parts/{ref}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZRefParam },
      responses: { 200: jsonResponse(ZPart), ...commonErrors },
    }),
    async (c) => c.json(await readPart(s, actorOf(c), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock-sites",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(listOf(ZSite)), ...commonErrors },
    }),
    async (c) => c.json(await readSites(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock-sites",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZCreateSite) },
      responses: { 201: jsonResponse(ZSite, "Created"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await createSite(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/stock-sites/{ref}",
      access: LEADS,
      tags,
      request: { params: ZRefParam, body: jsonBody(ZUpdateSite) },
      responses: { 200: jsonResponse(ZSite), ...commonErrors },
    }),
    async (c) => c.json(await updateSite(s, actorOf(c), c.req.valid("param").ref, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock",
      access: STAFF_ROLES,
      tags,
      request: { query: ZStockQuery },
      responses: { 200: jsonResponse(listOf(ZStockLine)), ...commonErrors },
    }),
    async (c) => c.json(await readStock(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock/receipts",
      access: HANDLERS,
      tags,
      request: { body: jsonBody(ZReceipt) },
      responses: { 201: jsonResponse(ZReceiptResult, "Received"), ...commonErrors },
    }),
    async (c) => c.json(await receiveStock(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock/adjustments",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZAdjustment) },
      responses: { 201: jsonResponse(ZStockLine, "Adjusted"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await adjustStock(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/stock/reorder-points",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZReorderPoint) },
      responses: { 200: jsonResponse(ZStockLine), ...commonErrors },
    }),
    async (c) => c.json(await updateReorderPoint(s, actorOf(c), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/movements",
      access: STAFF_ROLES,
      tags,
      request: { query: ZMovementQuery },
      responses: { 200: jsonResponse(listOf(ZMovement)), ...commonErrors },
    }),
    async (c) => c.json(await readMovements(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/reservations",
      access: STAFF_ROLES,
      tags,
      request: { query: ZReservationQuery },
      responses: { 200: jsonResponse(listOf(ZReservation)), ...commonErrors },
    }),
    async (c) => c.json(await readReservations(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock/reservations",
      access: HANDLERS,
      tags,
      request: { body: jsonBody(ZCreateReservation) },
      responses: { 201: jsonResponse(ZReservation, "Reserved (or waiting)"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await reserveStock(s, actorOf(c), c.req.valid("json")), 201),
  );
  for (const how of ["release", "consume"] as const)
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/stock/reservations/{id}/${how}`,
        access: HANDLERS,
        tags,
        request: { params: ZIdParam },
        responses: { 200: jsonResponse(ZReservation), ...commonErrors },
      }),
      async (c) => c.json(await settleReservation(s, actorOf(c), c.req.valid("param").id, how), 200),
    );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/transfers",
      access: STAFF_ROLES,
      tags,
      request: { query: ZTransferQuery },
      responses: { 200: jsonResponse(listOf(ZTransfer)), ...commonErrors },
    }),
    async (c) => c.json(await readTransfers(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/purchase-suggestions",
      access: STAFF_ROLES,
      tags,
      request: { query: ZSiteQuery },
      responses: { 200: jsonResponse(listOf(ZPurchaseLine)), ...commonErrors },
    }),
    async (c) => c.json(await purchaseSuggestions(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/van",
      access: STAFF_ROLES,
      tags,
      request: { query: ZSiteQuery },
      responses: { 200: jsonResponse(ZVanStock), ...commonErrors },
    }),
    async (c) => c.json(await readVanStock(s, actorOf(c), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock/transfers",
      access: HANDLERS,
      tags,
      request: { body: jsonBody(ZCreateTransfer) },
      responses: { 201: jsonResponse(ZTransfer, "Sent"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await sendTransfer(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/stock/transfers/{id}/receive",
      access: HANDLERS,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZTransfer), ...commonErrors },
    }),
    async (c) => c.json(await receiveTransfer(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/stock/old-parts",
      access: STAFF_ROLES,
      tags,
      request: { query: ZOldPartQuery },
      responses: { 200: jsonResponse(listOf(ZOldPartReturn)), ...commonErrors },
    }),
    async (c) => c.json(await readOldPartReturns(s, actorOf(c), c.req.valid("query")), 200),
  );
  for (const how of ["ship", "receive", "scrap"] as const)
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/stock/old-parts/{id}/${how}`,
        // Scrapping writes off what the maker would credit: leads only.
        access: how === "scrap" ? LEADS : HANDLERS,
        tags,
        request: { params: ZIdParam },
        responses: { 200: jsonResponse(ZOldPartReturn), ...commonErrors },
      }),
      async (c) => c.json(await settleOldPart(s, actorOf(c), c.req.valid("param").id, how), 200),
    );
}
