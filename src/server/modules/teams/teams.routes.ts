import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { addRoute } from "../../platform/http/route-helper.js";
import { ZIdParam } from "../../platform/http/schemas.js";
import { ZMember, ZTeamInput, ZTeamPatch, ZUserIdParam } from "./teams.schemas.js";
import { changeMember } from "./use-cases/change-member.js";
import { listTeams } from "./use-cases/list-teams.js";
import { saveTeam } from "./use-cases/save-team.js";

const LEADS = ["supervisor", "admin"] as const;

export function registerTeamsRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const team = (
    ...args: Parameters<typeof addRoute> extends [unknown, unknown, unknown, ...infer R] ? R : never
  ) => addRoute(app, s, "Teams", ...args);
  team("get", "/api/v1/teams", STAFF_ROLES, {}, 200, async (a) => ({ items: await listTeams(s, a) }));
  team("post", "/api/v1/teams", LEADS, { body: ZTeamInput }, 201, (a, i) => saveTeam(s, a, null, i.body));
  team("patch", "/api/v1/teams/{id}", LEADS, { params: ZIdParam, body: ZTeamPatch }, 200, (a, i) =>
    saveTeam(s, a, i.params.id ?? "", i.body),
  );
  team("post", "/api/v1/teams/{id}/members", LEADS, { params: ZIdParam, body: ZMember }, 200, (a, i) =>
    changeMember(s, a, i.params.id ?? "", (i.body as { userId: string }).userId, true),
  );
  team("delete", "/api/v1/teams/{id}/members/{userId}", LEADS, { params: ZUserIdParam }, 200, (a, i) =>
    changeMember(s, a, i.params.id ?? "", i.params.userId ?? "", false),
  );
}
