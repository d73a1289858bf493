import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ANOMALY_DIMENSIONS,
  ANOMALY_KPIS,
  ZAnomalies,
  ZAnomalyEvidence,
} from "../../../../shared/api/anomalies.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../../platform/http/schemas.js";
import { anomalyEvidence } from "./anomaly-evidence.js";
import { scanAnomalies } from "./scan-anomalies.js";

const LEADS = ["admin", "supervisor"] as const;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a date");

export function registerAnomalyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/anomalies",
      access: LEADS,
      tags: ["Analytics"],
      request: { query: z.object({ days: z.coerce.number().int().min(1).max(31).default(14) }) },
      responses: { 200: jsonResponse(ZAnomalies), ...commonErrors },
    }),
    async (c) =>
      c.json({ items: await scanAnomalies(s, requireActor(c.get("actor")), c.req.valid("query")) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/anomalies/evidence",
      access: LEADS,
      tags: ["Analytics"],
      request: {
        query: z.object({
          kpi: z.enum(ANOMALY_KPIS),
          dimension: z.enum(ANOMALY_DIMENSIONS),
          key: z.string().min(1).max(100),
          day,
        }),
      },
      responses: { 200: jsonResponse(ZAnomalyEvidence), ...commonErrors },
    }),
    async (c) => c.json(await anomalyEvidence(s, requireActor(c.get("actor")), c.req.valid("query")), 200),
  );
}
