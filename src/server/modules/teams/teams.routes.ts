import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZTeam } from "../../../shared/api/teams.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZMember, ZTeamInput, ZTeamPatch, ZUserIdParam } from "./teams.schemas.js";
import { changeMember } from "./use-cases/change-member.js";
import { listTeams } from "./use-cases/list-teams.js";
import { saveTeam } from "./use-cases/save-team.js";

const tags = ["Teams"];
const LEADS = ["supervisor", "admin"] as const;

export function registerTeamsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/teams",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZTeam) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await listTeams(s, actor(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/teams",
      access: LEADS,
      tags,
      request: { body: jsonBody(ZTeamInput) },
      responses: { 201: jsonResponse(ZTeam, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await saveTeam(s, actor(c), null, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/teams/{id}",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZTeamPatch) },
      responses: { 200: jsonResponse(ZTeam), ...commonErrors },
    }),
    async (c) => c.json(await saveTeam(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/teams/{id}/members",
      access: LEADS,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZMember) },
      responses: { 200: jsonResponse(ZTeam), ...commonErrors },
    }),
    async (c) =>
      c.json(await changeMember(s, actor(c), c.req.valid("param").id, c.req.valid("json").userId, true), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/teams/{id}/members/{userId}",
      access: LEADS,
      tags,
      request: { params: ZUserIdParam },
      responses: { 200: jsonResponse(ZTeam), ...commonErrors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await changeMember(s, actor(c), p.id, p.userId, false), 200);
    },
  );
}
