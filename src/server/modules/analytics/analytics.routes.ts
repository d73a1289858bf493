import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZDashboard, ZKpiCatalogue, ZKpiValue } from "../../../shared/api/analytics.js";
import { ZKpiTickets, ZWallboard } from "../../../shared/api/analytics-live.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import {
  ZDashboardQuery,
  ZKpiParam,
  ZKpiQuery,
  ZKpiTicketsQuery,
  ZTargetInput,
} from "./analytics.schemas.js";
import { readDashboard, readKpi } from "./use-cases/read-kpis.js";
import { readWallboard } from "./use-cases/read-wallboard.js";
import { readCatalogue, setTarget } from "./use-cases/targets.js";
import { listTicketsBehind } from "./use-cases/tickets-behind.js";

const tags = ["Analytics"];
const LEADS = ["admin", "supervisor"] as const;
// Who has "my numbers": everyone who works tickets.
const WORKERS = ["admin", "supervisor", "agent", "technician", "qa"] as const;

export function registerAnalyticsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kpis",
      // The catalogue names and explains the numbers: everyone with "my numbers" reads it.
      access: WORKERS,
      tags,
      responses: { 200: jsonResponse(ZKpiCatalogue), ...commonErrors },
    }),
    async (c) => c.json(await readCatalogue(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kpis/{kpi}",
      access: LEADS,
      tags,
      request: { params: ZKpiParam, query: ZKpiQuery },
      responses: { 200: jsonResponse(ZKpiValue), ...commonErrors },
    }),
    async (c) => c.json(await readKpi(s, actorOf(c), c.req.valid("param").kpi, c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/kpis/{kpi}/target",
      access: LEADS,
      tags,
      request: { params: ZKpiParam, body: jsonBody(ZTargetInput) },
      responses: { 200: jsonResponse(ZKpiCatalogue), ...commonErrors },
    }),
    async (c) =>
      c.json(await setTarget(s, actorOf(c), c.req.valid("param").kpi, c.req.valid("json").target), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/dashboard",
      access: LEADS,
      tags,
      request: { query: ZDashboardQuery },
      responses: { 200: jsonResponse(ZDashboard), ...commonErrors },
    }),
    async (c) => c.json(await readDashboard(s, actorOf(c), c.req.valid("query"), null), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/me",
      access: WORKERS,
      tags,
      request: { query: ZDashboardQuery },
      responses: { 200: jsonResponse(ZDashboard), ...commonErrors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(await readDashboard(s, actor, c.req.valid("query"), actor.userId), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/kpis/{kpi}/tickets",
      // Leads see every ticket behind a number; everyone else the tickets behind their own numbers.
      access: WORKERS,
      tags,
      summary: "The tickets behind a KPI's number over a range (a count's list has exactly that many)",
      request: { params: ZKpiParam, query: ZKpiTicketsQuery },
      responses: { 200: jsonResponse(ZKpiTickets), ...commonErrors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid("query");
      const lead = (LEADS as readonly string[]).includes(actor.role);
      return c.json(
        await listTicketsBehind(s, actor, c.req.valid("param").kpi, { ...q, mine: q.mine || !lead }),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/wallboard",
      access: LEADS,
      tags,
      summary: "The live queue and today's KPIs, for a wallboard",
      responses: { 200: jsonResponse(ZWallboard), ...commonErrors },
    }),
    async (c) => c.json(await readWallboard(s, actorOf(c)), 200),
  );
}
