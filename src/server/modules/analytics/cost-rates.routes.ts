import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZCostRates } from "../../../shared/api/analytics.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { storeCostRates, tenantCostRates } from "./cost-rates.js";

// Yuan with at most two decimals (fen), up to ¥100,000.
const yuan = z
  .number()
  .finite()
  .min(0)
  .max(100_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "at most two decimals");
const ZCostRatesInput = z.object({ perVisit: yuan, perHour: yuan });

const view = (r: { perVisitCents: number; perHourCents: number }) => ({
  perVisit: r.perVisitCents / 100,
  perHour: r.perHourCents / 100,
});

// The cost per ticket KPI's rates: supervisors read them, admins set them.
export function registerCostRateRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/cost-rates",
      access: ["admin", "supervisor"],
      tags: ["Analytics"],
      summary: "The tenant's cost per visit and per technician hour (yuan) behind cost per ticket",
      responses: { 200: jsonResponse(ZCostRates), ...commonErrors },
    }),
    async (c) => c.json(view(await tenantCostRates(s.db, requireActor(c.get("actor")).tenantId)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/analytics/cost-rates",
      access: ["admin"],
      tags: ["Analytics"],
      summary: "Sets the cost per visit and per technician hour; every ticket's cost is re-priced",
      request: { body: jsonBody(ZCostRatesInput) },
      responses: { 200: jsonResponse(ZCostRates), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const body = c.req.valid("json");
      const rates = {
        perVisitCents: Math.round(body.perVisit * 100),
        perHourCents: Math.round(body.perHour * 100),
      };
      await s.db.transaction((tx) => storeCostRates(tx, actor.tenantId, rates));
      return c.json(view(rates), 200);
    },
  );
}
