import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZAlert,
  ZAlertRule,
  ZAlertRuleInput,
  ZAlertRules,
  ZAlerts,
  ZBatchQuality,
  ZBatchTickets,
} from "../../../../shared/api/alerts.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../../platform/http/schemas.js";
import { batchQuality, batchTickets } from "../quality/batch-quality.js";
import { listAlerts, listRules } from "./alert-rules.repository.js";
import { addAlertRule, changeAlertRule, checkAlertsNow, removeAlertRule } from "./manage-alert-rules.js";

const tags = ["Analytics"];
// Who keeps the rules.
const LEADS = ["admin", "supervisor"] as const;
// Who reads alerts and product quality (quality staff receive batch alerts).
const READERS = ["admin", "supervisor", "qa"] as const;
const RULES = "/api/v1/analytics/alert-rules";
const ALERTS = "/api/v1/analytics/alerts";
const BATCHES = "/api/v1/analytics/quality/batches";

export function registerAlertRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "get",
      path: RULES,
      access: LEADS,
      tags,
      summary: "The tenant's alert rules",
      responses: { 200: jsonResponse(ZAlertRules), ...commonErrors },
    }),
    async (c) => c.json({ items: await listRules(s.db, actorOf(c).tenantId) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: RULES,
      access: LEADS,
      tags,
      summary: "Add an alert rule",
      request: { body: jsonBody(ZAlertRuleInput) },
      responses: { 201: jsonResponse(ZAlertRule, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await addAlertRule(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: `${RULES}/{id}`,
      access: LEADS,
      tags,
      summary: "Replace an alert rule",
      request: { params: ZIdParam, body: jsonBody(ZAlertRuleInput) },
      responses: { 200: jsonResponse(ZAlertRule), ...commonErrors },
    }),
    async (c) =>
      c.json(await changeAlertRule(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: `${RULES}/{id}`,
      access: LEADS,
      tags,
      summary: "Delete an alert rule (its alerts stay)",
      request: { params: ZIdParam },
      responses: { 204: { description: "Deleted" }, ...commonErrors },
    }),
    async (c) => {
      await removeAlertRule(s, actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${ALERTS}/check`,
      access: LEADS,
      tags,
      summary: "Evaluate the rules now and deliver what is due (as the schedule does every 5 minutes)",
      responses: {
        200: jsonResponse(z.object({ raised: z.number().int(), delivered: z.number().int() })),
        ...commonErrors,
      },
    }),
    async (c) => c.json(await checkAlertsNow(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: ALERTS,
      access: READERS,
      tags,
      summary: "Alerts the rules raised, newest first (the last 200)",
      responses: { 200: jsonResponse(ZAlerts), ...commonErrors },
    }),
    async (c) => c.json({ items: await listAlerts(s.db, actorOf(c).tenantId) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${ALERTS}/{id}`,
      access: READERS,
      tags,
      summary: "One alert with its evidence",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZAlert), ...commonErrors },
    }),
    async (c) => {
      const [alert] = await listAlerts(s.db, actorOf(c).tenantId, c.req.valid("param").id);
      if (!alert) throw new AppError("analytics.alert_not_found");
      return c.json(alert, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: BATCHES,
      access: READERS,
      tags,
      summary:
        "A model's production batches: failures, rate, interval, the batch test, the months-in-service curve",
      request: {
        query: z.object({
          productId: z.string().min(1).max(100).optional(),
          repeatDays: z.coerce.number().int().min(1).max(365).default(30),
        }),
      },
      responses: { 200: jsonResponse(ZBatchQuality), ...commonErrors },
    }),
    async (c) =>
      c.json(await batchQuality(s.db, actorOf(c).tenantId, c.req.valid("query"), s.clock.now()), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${BATCHES}/tickets`,
      access: READERS,
      tags,
      summary: "The failure tickets behind one batch of a model",
      request: {
        query: z.object({ productId: z.string().min(1).max(100), batch: z.string().min(1).max(100) }),
      },
      responses: { 200: jsonResponse(ZBatchTickets), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await batchTickets(s.db, actorOf(c).tenantId, q.productId, q.batch) }, 200);
    },
  );
}
