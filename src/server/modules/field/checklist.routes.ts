import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZChecklistTemplate, ZChecklistTemplates, ZVisit } from "../../../shared/api/field.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZActionKeyHeader,
  ZDeliverySignoff,
  ZPutChecklistTemplate,
  ZTickChecklist,
  ZVisitRating,
} from "./field.schemas.js";
import { listChecklistTemplates, putChecklistTemplate, tickChecklist } from "./use-cases/checklists.js";
import { recordDelivery } from "./use-cases/delivery-signoff.js";
import { rateVisit } from "./use-cases/rate-visit.js";

const tags = ["Field service"];

// SOP checklists: the templates (admin) and ticking a visit's steps on the phone; the customer's
// rating given on the phone after signing.
export function registerChecklistRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visit-checklists",
      access: ["admin", "supervisor"],
      tags,
      summary: "The SOP checklist templates per visit kind and product line",
      responses: { 200: jsonResponse(ZChecklistTemplates, "The templates"), ...commonErrors },
    }),
    async (c) => c.json({ items: await listChecklistTemplates(s, actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/visit-checklists",
      access: ["admin"],
      tags,
      summary: "Set the checklist of a visit kind (for one product line, or any); no steps removes it",
      request: { body: jsonBody(ZPutChecklistTemplate) },
      responses: { 200: jsonResponse(ZChecklistTemplate, "The template"), ...commonErrors },
    }),
    async (c) => c.json(await putChecklistTemplate(s, actorOf(c), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/checklist",
      access: ["admin", "supervisor", "agent", "technician"],
      tags,
      summary: "Tick (or untick) a step of the visit's SOP checklist while on site",
      request: { params: ZIdParam, headers: ZActionKeyHeader, body: jsonBody(ZTickChecklist) },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await tickChecklist(
          s,
          actorOf(c),
          c.req.valid("param").id,
          c.req.valid("json"),
          c.req.valid("header")["idempotency-key"],
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/rating",
      access: ["admin", "supervisor", "agent", "technician"],
      tags,
      summary: "The customer's 1–5 stars and comment, given on the technician's phone after signing (once)",
      request: { params: ZIdParam, headers: ZActionKeyHeader, body: jsonBody(ZVisitRating) },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await rateVisit(
          s,
          actorOf(c),
          c.req.valid("param").id,
          c.req.valid("json"),
          c.req.valid("header")["idempotency-key"],
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/delivery",
      access: ["admin", "supervisor", "agent", "technician"],
      tags,
      summary: "A delivery's sign-off: model, quantity and condition, before the customer signs",
      request: { params: ZIdParam, headers: ZActionKeyHeader, body: jsonBody(ZDeliverySignoff) },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await recordDelivery(
          s,
          actorOf(c),
          c.req.valid("param").id,
          c.req.valid("json"),
          c.req.valid("header")["idempotency-key"],
        ),
        200,
      ),
  );
}
