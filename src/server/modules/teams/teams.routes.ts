import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZSkill, ZTeam } from "../../../shared/api/teams.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZMember,
  ZSkillInput,
  ZSkillParam,
  ZSkillPatch,
  ZTeamInput,
  ZTeamPatch,
  ZUserIdParam,
} from "./teams.schemas.js";
import { changeMember } from "./use-cases/change-member.js";
import { createSkill } from "./use-cases/create-skill.js";
import { listSkills } from "./use-cases/list-skills.js";
import { listTeams } from "./use-cases/list-teams.js";
import { saveTeam } from "./use-cases/save-team.js";
import { updateSkill } from "./use-cases/update-skill.js";

const tags = ["Teams"];
const LEADS = ["supervisor", "admin"] as const;

export function registerTeamsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerSkillsRoutes(app, s);
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

function registerSkillsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const tags = ["Skills"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/skills",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSkill) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await listSkills(s, actor(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/skills",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZSkillInput) },
      responses: { 201: jsonResponse(ZSkill, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createSkill(s, actor(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/skills/{code}",
      access: ["admin"],
      tags,
      request: { params: ZSkillParam, body: jsonBody(ZSkillPatch) },
      responses: { 200: jsonResponse(ZSkill), ...commonErrors },
    }),
    async (c) => c.json(await updateSkill(s, actor(c), c.req.valid("param").code, c.req.valid("json")), 200),
  );
}
