import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZVocAlert } from "../../../shared/api/voc-alerts.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../platform/http/schemas.js";
import { acknowledgeAlert } from "./use-cases/acknowledge-alert.js";
import { findAlert, listAlerts } from "./voc-alerts.repository.js";

const tags = ["Crisis early warning"];
const MANAGERS = ["admin", "supervisor"] as const;
const ZIdParam = z.object({ id: z.string().min(1).max(64) });
const ZQuery = z.object({ status: z.enum(["open", "acknowledged"]).optional() });

export function registerVocAlertRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/voc-alerts",
      access: [...MANAGERS],
      tags,
      summary:
        "Crisis early warnings (complaint spikes, media/legal words, strongly negative customers), newest first",
      request: { query: ZQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZVocAlert) })), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      return c.json(
        { items: await listAlerts(s.db, actor.tenantId, c.req.valid("query").status ?? "open") },
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/voc-alerts/{id}",
      access: [...MANAGERS],
      tags,
      summary: "One alert with the tickets behind it",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZVocAlert), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const alert = await findAlert(s.db, actor.tenantId, c.req.valid("param").id);
      if (!alert) throw new AppError("voc_alert.not_found");
      return c.json(alert, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/voc-alerts/{id}/acknowledge",
      access: [...MANAGERS],
      tags,
      summary: "Acknowledge an alert (a manager has taken it on)",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZVocAlert), ...commonErrors },
    }),
    async (c) =>
      c.json(await acknowledgeAlert(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
}
