import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  CHURN_LEVELS,
  CUSTOMER_SEGMENTS,
  ZChurnRisk,
  ZPartsDemand,
  ZSegments,
  ZTextInsight,
} from "../../../../shared/api/insight.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../../platform/http/schemas.js";
import { readPartsDemand } from "../parts-demand/read-parts-demand.js";
import { tenantDay } from "../tenant-day.js";
import { readTextInsight } from "../text/read-text-insight.js";
import { readChurnRisk } from "./read-churn-risk.js";
import { readSegments } from "./read-segments.js";

const LEADS = ["admin", "supervisor"] as const;
const ZFilter = z.object({
  /** province code (2 digits of GB/T 2260) */
  region: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  productLine: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function registerInsightRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/churn-risk",
      access: LEADS,
      tags: ["Analytics"],
      summary: "Customers by churn risk, each factor's points beside the score",
      request: { query: ZFilter.extend({ level: z.enum(CHURN_LEVELS).optional() }) },
      responses: { 200: jsonResponse(ZChurnRisk), ...commonErrors },
    }),
    async (c) => c.json(await readChurnRisk(s, requireActor(c.get("actor")), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/segments",
      access: LEADS,
      tags: ["Analytics"],
      summary: "Customers in named segments (value, behaviour, satisfaction)",
      request: { query: ZFilter.extend({ segment: z.enum(CUSTOMER_SEGMENTS).optional() }) },
      responses: { 200: jsonResponse(ZSegments), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
      return c.json(await readSegments(s.db, actor.tenantId, today, c.req.valid("query")), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/text",
      access: LEADS,
      tags: ["Analytics"],
      summary: "Keywords, phrases, groups of similar problems with trend and sentiment, customer journeys",
      request: { query: z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) }) },
      responses: { 200: jsonResponse(ZTextInsight), ...commonErrors },
    }),
    async (c) => c.json(await readTextInsight(s, requireActor(c.get("actor")), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/parts-demand",
      access: LEADS,
      tags: ["Analytics"],
      summary:
        "Weekly parts consumption forecast per part and site (Croston/SBA) with its backtest and a reorder quantity",
      responses: { 200: jsonResponse(ZPartsDemand), ...commonErrors },
    }),
    async (c) => c.json(await readPartsDemand(s, requireActor(c.get("actor"))), 200),
  );
}
