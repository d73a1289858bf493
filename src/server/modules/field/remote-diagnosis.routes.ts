import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { ZRemoteDiagnosisSuccess } from "../../../shared/api/field.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../platform/http/schemas.js";
import { remoteDiagnosisSuccess } from "./use-cases/remote-diagnosis.js";

const ZSuccessQuery = z.object({ months: z.coerce.number().int().min(1).max(24).optional() });

// The remote diagnosis's success rate, for supervisors deciding how much to try on the phone first.
export function registerRemoteDiagnosisRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/remote-diagnosis/success",
      access: ["admin", "supervisor"],
      tags: ["Field service"],
      summary: "Share of remote diagnoses solved without a trip, per month and product line",
      request: { query: ZSuccessQuery },
      responses: { 200: jsonResponse(ZRemoteDiagnosisSuccess, "The success rate"), ...commonErrors },
    }),
    async (c) =>
      c.json(await remoteDiagnosisSuccess(s, requireActor(c.get("actor")), c.req.valid("query").months), 200),
  );
}
