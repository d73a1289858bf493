import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import { ZEntitlement, ZEvaluateEntitlement } from "../../../shared/warranty.js";
import { ZSellPlan, ZUnitPlan, ZWarrantyPlan, ZWarrantyPlanInput } from "../../../shared/warranty-plans.js";
import { ZWarrantySettings } from "../../../shared/warranty-settings.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { evaluate } from "./use-cases/evaluate.js";
import { listPlans } from "./use-cases/list-plans.js";
import { readWarrantySettings } from "./use-cases/read-warranty-settings.js";
import { replaceWarrantySettings } from "./use-cases/replace-warranty-settings.js";
import { savePlan } from "./use-cases/save-plan.js";
import { sellPlan } from "./use-cases/sell-plan.js";
import { unitWarranty } from "./use-cases/unit-warranty.js";

const tags = ["三包 / warranty"];

const ZUnitPlanDoc = ZUnitPlan.openapi("UnitWarrantyPlan");
const ZPlanDoc = ZWarrantyPlan.openapi("WarrantyPlan");

const ZUnitWarranty = z
  .object({
    unitSerial: z.string(),
    rule: z.string(),
    category: z.string().nullable(),
    period: ZEntitlement.shape.period,
    repairs: z.array(
      z.object({
        start: z.string(),
        end: z.string().nullable(),
        waitingPartsDays: z.number().int(),
        problem: z.string().nullable(),
      }),
    ),
    plans: z.array(ZUnitPlanDoc),
    exchangedOn: z.string().nullable(),
    exchangedFromSerial: z.string().nullable(),
    entitlement: ZEntitlement,
  })
  .openapi("UnitWarranty");

const ZSettingsAnswer = z.object({
  settings: z.record(z.string(), z.unknown()),
  ruleBook: z.object({
    categories: z.record(z.string(), z.unknown()),
    config: z.record(z.string(), z.unknown()),
  }),
});

export function registerWarrantyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/warranty/evaluate",
      access: [...STAFF_ROLES, "customer"],
      tags,
      summary: "三包 entitlement: every remedy the customer may choose, with its article, or the exclusion",
      request: { body: jsonBody(ZEvaluateEntitlement) },
      responses: { 200: jsonResponse(ZEntitlement), ...commonErrors },
    }),
    async (c) => c.json(await evaluate(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/units/{serial}/warranty",
      access: "signed_in",
      tags,
      summary: "A unit's 三包 periods today and how repairs and exchanges extended or restarted them",
      request: { params: z.object({ serial: z.string().min(1).max(64) }) },
      responses: { 200: jsonResponse(ZUnitWarranty), ...commonErrors },
    }),
    async (c) =>
      c.json(await unitWarranty(s, requireActor(c.get("actor")), c.req.valid("param").serial), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/warranty/settings",
      access: "signed_in",
      tags,
      summary: "The tenant's 三包 settings and the rule book they make (legal defaults with their sources)",
      responses: { 200: jsonResponse(ZSettingsAnswer), ...commonErrors },
    }),
    async (c) => c.json(await readWarrantySettings(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/warranty/settings",
      access: ["admin"],
      tags,
      summary: "Replace the tenant's 三包 settings (extra categories, longer periods, configurable points)",
      request: { body: jsonBody(ZWarrantySettings) },
      responses: { 200: jsonResponse(ZSettingsAnswer), ...commonErrors },
    }),
    async (c) =>
      c.json(await replaceWarrantySettings(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  registerPlanRoutes(app, s);
}

// Paid extended-warranty plans: an admin defines them, staff who talk to customers sell them.
function registerPlanRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/warranty/plans",
      access: [...STAFF_ROLES],
      tags,
      summary: "The tenant's extended warranty plans (sold and no longer sold)",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZPlanDoc) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await listPlans(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/warranty/plans",
      access: ["admin"],
      tags,
      summary: "Define an extended warranty plan: months beyond the legal period, price, terms, categories",
      request: { body: jsonBody(ZWarrantyPlanInput) },
      responses: { 201: jsonResponse(ZPlanDoc), ...commonErrors },
    }),
    async (c) => c.json(await savePlan(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/warranty/plans/{id}",
      access: ["admin"],
      tags,
      summary: "Replace a plan (units already sold keep their cover and the name they were sold with)",
      request: { params: z.object({ id: z.string().min(1).max(64) }), body: jsonBody(ZWarrantyPlanInput) },
      responses: { 200: jsonResponse(ZPlanDoc), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await savePlan(s, requireActor(c.get("actor")), c.req.valid("json"), c.req.valid("param").id),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/units/{serial}/plans",
      access: ["agent", "supervisor", "admin"],
      tags,
      summary: "Sell an extended warranty plan for a unit (cover starts after its legal period; audited)",
      request: { params: z.object({ serial: z.string().min(1).max(64) }), body: jsonBody(ZSellPlan) },
      responses: { 201: jsonResponse(ZUnitPlanDoc), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await sellPlan(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").serial,
          c.req.valid("json").planId,
        ),
        201,
      ),
  );
}
