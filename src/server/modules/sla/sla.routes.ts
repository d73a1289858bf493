import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZSlaMonitor, ZSlaReport } from "../../../shared/api/sla-reports.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZCalendar,
  ZCalendarInput,
  ZCalendarPatch,
  ZDueInput,
  ZPolicy,
  ZPolicyInput,
  ZPolicyPatch,
  ZReportQuery,
  ZTicketSla,
} from "./sla.schemas.js";
import { createCalendar } from "./use-cases/create-calendar.js";
import { createPolicy } from "./use-cases/create-policy.js";
import { deletePolicy } from "./use-cases/delete-policy.js";
import { dueTime } from "./use-cases/due-time.js";
import { getCalendar } from "./use-cases/get-calendar.js";
import { getCalendars } from "./use-cases/get-calendars.js";
import { getPolicies } from "./use-cases/get-policies.js";
import { getTicketSla } from "./use-cases/get-ticket-sla.js";
import { patchCalendar } from "./use-cases/patch-calendar.js";
import { patchPolicy } from "./use-cases/patch-policy.js";
import { slaMonitor } from "./use-cases/sla-monitor.js";
import { slaReport } from "./use-cases/sla-report.js";

const tags = ["SLA"];
const ADMIN = ["admin"] as const;
const SUPERVISORS = ["admin", "supervisor"] as const;

export function registerSlaRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actor = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/calendars",
      access: ADMIN,
      tags,
      request: { body: jsonBody(ZCalendarInput) },
      responses: { 201: jsonResponse(ZCalendar, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createCalendar(s, actor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/calendars",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(listOf(ZCalendar)), ...commonErrors },
    }),
    async (c) => c.json(await getCalendars(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/calendars/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCalendar), ...commonErrors },
    }),
    async (c) => c.json(await getCalendar(s, actor(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/calendars/{id}",
      access: ADMIN,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZCalendarPatch) },
      responses: { 200: jsonResponse(ZCalendar), ...commonErrors },
    }),
    async (c) => c.json(await patchCalendar(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/calendars/{id}/due",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZDueInput) },
      responses: { 200: jsonResponse(z.object({ due: z.string() })), ...commonErrors },
    }),
    async (c) => c.json(await dueTime(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/sla-policies",
      access: ADMIN,
      tags,
      request: { body: jsonBody(ZPolicyInput) },
      responses: { 201: jsonResponse(ZPolicy, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createPolicy(s, actor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/sla-policies",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(listOf(ZPolicy)), ...commonErrors },
    }),
    async (c) => c.json(await getPolicies(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/sla-policies/{id}",
      access: ADMIN,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZPolicyPatch) },
      responses: { 200: jsonResponse(ZPolicy), ...commonErrors },
    }),
    async (c) => c.json(await patchPolicy(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/sla-policies/{id}",
      access: ADMIN,
      tags,
      request: { params: ZIdParam },
      responses: { 204: { description: "Deleted" }, ...commonErrors },
    }),
    async (c) => {
      await deletePolicy(s, actor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/sla",
      access: "signed_in",
      tags,
      request: { params: z.object({ ref: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(ZTicketSla), ...commonErrors },
    }),
    async (c) => c.json(await getTicketSla(s, actor(c), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/sla/monitor",
      access: SUPERVISORS,
      tags,
      responses: { 200: jsonResponse(ZSlaMonitor), ...commonErrors },
    }),
    async (c) => c.json(await slaMonitor(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/sla/report",
      access: SUPERVISORS,
      tags,
      request: { query: ZReportQuery },
      responses: { 200: jsonResponse(ZSlaReport), ...commonErrors },
    }),
    async (c) => c.json(await slaReport(s, actor(c), c.req.valid("query")), 200),
  );
}
