import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ZUnitRegistration } from "../../../shared/api/registrations.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZRegistrationForm,
  ZRegistrationQuery,
  ZReject,
  ZTransfer,
  ZTransferOffer,
  ZTransferred,
} from "./registrations.schemas.js";
import {
  approveRegistration,
  getRegistration,
  listRegistrationsFor,
  registrationInvoice,
  rejectRegistration,
} from "./use-cases/review-registration.js";
import { submitRegistration } from "./use-cases/submit-registration.js";
import { acceptTransfer, transferOffersFor } from "./use-cases/transfer-offers.js";
import { transferUnit } from "./use-cases/transfer-unit.js";

const tags = ["Products & units"];
const REVIEWERS = STAFF_ROLES.filter((r) => r !== "qa");

export function registerRegistrationRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const limit = bodyLimit({
    maxSize: s.config.maxUploadBytes + 64 * 1024,
    onError: () => {
      throw new AppError("attachment.too_large", {
        limit: `${Math.round(s.config.maxUploadBytes / 1048576)} MB`,
      });
    },
  });
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/unit-registrations",
      access: ["customer", "dealer"],
      tags,
      summary:
        "A customer (or a dealer, for a customer of its outlet) claims a unit with a photo or PDF of the invoice; staff review every claim",
      middleware: [limit],
      request: {
        body: { required: true, content: { "multipart/form-data": { schema: ZRegistrationForm } } },
      },
      responses: {
        201: jsonResponse(ZUnitRegistration, "Waiting for review"),
        413: commonErrors[400],
        415: commonErrors[400],
        ...commonErrors,
      },
    }),
    async (c) => c.json(await submitRegistration(s, requireActor(c.get("actor")), c.req.valid("form")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/unit-registrations",
      access: [...STAFF_ROLES, "customer", "dealer"],
      tags,
      summary: "Staff: the review queue (filter by status); a customer: their own claims",
      request: { query: ZRegistrationQuery },
      responses: { 200: jsonResponse(listOf(ZUnitRegistration)), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const items = await listRegistrationsFor(s, requireActor(c.get("actor")), {
        status: q.status,
        limit: q.limit + 1,
        afterId: after ? String(after[0]) : undefined,
      });
      return c.json(
        keysetPage(
          items,
          q.limit,
          (last) => [last.id],
          (r) => r,
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/unit-registrations/{id}",
      access: [...STAFF_ROLES, "customer", "dealer"],
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZUnitRegistration), ...commonErrors },
    }),
    async (c) => c.json(await getRegistration(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/unit-registrations/{id}/invoice",
      access: [...STAFF_ROLES, "customer", "dealer"],
      tags,
      request: { params: ZIdParam },
      responses: {
        200: {
          description: "The invoice photo or PDF",
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const file = await registrationInvoice(s, requireActor(c.get("actor")), c.req.valid("param").id);
      return c.body(new Uint8Array(file.bytes), 200, {
        "content-type": file.contentType,
        "content-length": String(file.bytes.byteLength),
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, max-age=3600",
      });
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/unit-registrations/{id}/approve",
      access: REVIEWERS,
      tags,
      summary: "Accept the invoice: the claimant owns the unit, its 三包 period counts from the invoice date",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZUnitRegistration), ...commonErrors },
    }),
    async (c) =>
      c.json(await approveRegistration(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/unit-registrations/{id}/reject",
      access: REVIEWERS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZReject) },
      responses: { 200: jsonResponse(ZUnitRegistration), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await rejectRegistration(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").reason,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/units/{serial}/transfer",
      access: [...REVIEWERS, "customer"],
      tags,
      summary:
        "Hand a unit to another customer: the owner offers it by e-mail or phone (pending until accepted); staff move it at once, with a reason",
      request: { params: z.object({ serial: z.string().min(1).max(64) }), body: jsonBody(ZTransfer) },
      responses: { 200: jsonResponse(ZTransferred), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await transferUnit(s, requireActor(c.get("actor")), c.req.valid("param").serial, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/unit-transfers",
      access: ["customer"],
      tags,
      summary: "The transfer offers a customer made, and the pending ones addressed to their e-mail or phone",
      responses: {
        200: jsonResponse(z.object({ items: z.array(ZTransferOffer), nextCursor: z.null() })),
        ...commonErrors,
      },
    }),
    async (c) =>
      c.json({ items: await transferOffersFor(s, requireActor(c.get("actor"))), nextCursor: null }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/unit-transfers/{id}/accept",
      access: ["customer"],
      tags,
      summary: "The recipient accepts a transfer offer: the unit becomes theirs",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZTransferred), ...commonErrors },
    }),
    async (c) => c.json(await acceptTransfer(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
}
