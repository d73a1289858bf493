import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZVolumeForecast } from "../../../../shared/api/forecasts.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../../platform/http/schemas.js";
import { readVolumeForecast } from "./use-cases/read-volume-forecast.js";

const ZForecastQuery = z.object({ horizon: z.coerce.number().int().min(7).max(56).default(14) });

export function registerForecastRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/forecasts/volume",
      access: ["admin", "supervisor"],
      tags: ["Analytics"],
      request: { query: ZForecastQuery },
      responses: { 200: jsonResponse(ZVolumeForecast), ...commonErrors },
    }),
    async (c) => c.json(await readVolumeForecast(s, requireActor(c.get("actor")), c.req.valid("query")), 200),
  );
}
