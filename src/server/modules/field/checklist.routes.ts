import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZChecklistTemplate, ZChecklistTemplates } from "../../../shared/api/field.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { ZDeliverySignoff, ZPutChecklistTemplate, ZTickChecklist, ZVisitRating } from "./field.schemas.js";
import { listChecklistTemplates, putChecklistTemplate, tickChecklist } from "./use-cases/checklists.js";
import { recordDelivery } from "./use-cases/delivery-signoff.js";
import { rateVisit } from "./use-cases/rate-visit.js";
import { registerVisitAction } from "./visit-action-route.js";

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
  registerVisitAction(app, s, {
    action: "checklist",
    access: ["admin", "supervisor", "agent", "technician"],
    summary: "Tick (or untick) a step of the visit's SOP checklist while on site",
    body: ZTickChecklist,
    run: tickChecklist,
  });
  registerVisitAction(app, s, {
    action: "rating",
    access: ["admin", "supervisor", "agent", "technician"],
    summary: "The customer's 1–5 stars and comment, given on the technician's phone after signing (once)",
    body: ZVisitRating,
    run: rateVisit,
  });
  registerVisitAction(app, s, {
    action: "delivery",
    access: ["admin", "supervisor", "agent", "technician"],
    summary: "A delivery's sign-off: model, quantity and condition, before the customer signs",
    body: ZDeliverySignoff,
    run: recordDelivery,
  });
}
