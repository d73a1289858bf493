import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZStatusQuery, ZTransition } from "../../../shared/api/knowledge.js";
import { ZSop, ZSopInput, ZSopVersion, ZTicketSop, ZTickSopStep } from "../../../shared/api/sops.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { getSop, listSops, sopVersions } from "./use-cases/read-sops.js";
import { createSop, updateSop } from "./use-cases/save-sop.js";
import { ticketSops, tickSopStep } from "./use-cases/ticket-sops.js";
import { transitionSop } from "./use-cases/transition-sop.js";

const tags = ["SOP library"];
// Editors of SOPs: a published SOP changes what agents must do and the field checklists.
const editors = ["admin", "supervisor"] as const;
const desk = ["admin", "supervisor", "agent", "technician", "qa"] as const;
const ZRefParam = z.object({ ref: z.string().min(1).max(100) });

export function registerSopRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/sops",
      access: STAFF_ROLES,
      tags,
      request: { query: ZStatusQuery.pick({ status: true }) },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSop) })), ...commonErrors },
    }),
    async (c) => c.json(await listSops(s, actorOf(c), c.req.valid("query").status), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/sops",
      access: editors,
      tags,
      summary: "Write an SOP (a draft until published)",
      request: { body: jsonBody(ZSopInput) },
      responses: { 201: jsonResponse(ZSop), ...commonErrors },
    }),
    async (c) => c.json(await createSop(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/sops/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZSop), ...commonErrors },
    }),
    async (c) => c.json(await getSop(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/kb/sops/{id}",
      access: editors,
      tags,
      summary: "Replace an SOP's content; every save is a new version (steps keep their ids)",
      request: { params: ZIdParam, body: jsonBody(ZSopInput) },
      responses: { 200: jsonResponse(ZSop), ...commonErrors },
    }),
    async (c) => c.json(await updateSop(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/kb/sops/{id}/status",
      access: editors,
      tags,
      summary: "Move an SOP: draft → review → published, or back to draft",
      request: { params: ZIdParam, body: jsonBody(ZTransition) },
      responses: { 200: jsonResponse(ZSop), ...commonErrors },
    }),
    async (c) =>
      c.json(await transitionSop(s, actorOf(c), c.req.valid("param").id, c.req.valid("json").status), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/kb/sops/{id}/versions",
      access: STAFF_ROLES,
      tags,
      summary: "Every saved version, newest first, with who saved it",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSopVersion) })), ...commonErrors },
    }),
    async (c) => c.json(await sopVersions(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/sops",
      access: desk,
      tags,
      summary: "The SOP checklists that apply to the ticket (its type and product line)",
      request: { params: ZRefParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZTicketSop) })), ...commonErrors },
    }),
    async (c) => c.json(await ticketSops(s, actorOf(c), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/sops",
      access: desk,
      tags,
      summary: "Tick or untick an SOP step on the ticket (recorded in its history)",
      request: { params: ZRefParam, body: jsonBody(ZTickSopStep) },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZTicketSop) })), ...commonErrors },
    }),
    async (c) => c.json(await tickSopStep(s, actorOf(c), c.req.valid("param").ref, c.req.valid("json")), 200),
  );
}
