import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { ZIdParam } from "../../platform/http/schemas.js";
import { addRoute } from "./route-helper.js";
import {
  ZDryRun,
  ZMember,
  ZPresence,
  ZReorder,
  ZRoutingSettings,
  ZSkillInput,
  ZSkillParam,
  ZSkillPatch,
  ZTeamInput,
  ZTeamPatch,
  ZTriggerInput,
  ZTriggerPatch,
  ZUserIdParam,
} from "./routing.schemas.js";
import { routingLoad, routingSettingsOf, updateRoutingSettings } from "./use-cases/load-board.js";
import {
  createTrigger,
  dryRun,
  listTriggerDtos,
  patchTrigger,
  removeTrigger,
  reorderTriggers,
} from "./use-cases/manage-triggers.js";
import { heartbeat, presenceOf, setPresence } from "./use-cases/presence.js";
import { createSkill, listSkills, updateSkill } from "./use-cases/skills.js";
import { changeMember, listTeams, saveTeam } from "./use-cases/teams.js";

const LEADS = ["supervisor", "admin"] as const;

export function registerRoutingRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const r =
    (tag: string) =>
    (...args: Parameters<typeof addRoute> extends [unknown, unknown, unknown, ...infer R] ? R : never) =>
      addRoute(app, s, tag, ...args);
  const skill = r("Skills");
  skill("get", "/api/v1/skills", STAFF_ROLES, {}, 200, async (a) => ({ items: await listSkills(s, a) }));
  skill("post", "/api/v1/skills", ["admin"], { body: ZSkillInput }, 201, (a, i) =>
    createSkill(s, a, i.body as { code: string; nameZh: string; nameEn: string }),
  );
  skill(
    "patch",
    "/api/v1/skills/{code}",
    ["admin"],
    { params: ZSkillParam, body: ZSkillPatch },
    200,
    (a, i) =>
      updateSkill(s, a, (i.params as { code: string }).code, i.body as { nameZh?: string; nameEn?: string }),
  );
  const team = r("Teams");
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

  const routing = r("Routing");
  routing(
    "put",
    "/api/v1/users/{id}/presence",
    STAFF_ROLES,
    { params: ZIdParam, body: ZPresence },
    200,
    (a, i) =>
      setPresence(s, a, i.params.id ?? "", (i.body as { status: "online" | "away" | "offline" }).status),
  );
  routing("get", "/api/v1/presence", STAFF_ROLES, {}, 200, (a) => presenceOf(s, a));
  routing("post", "/api/v1/presence/heartbeat", STAFF_ROLES, {}, 200, (a) => heartbeat(s, a));
  routing("get", "/api/v1/routing/load", LEADS, {}, 200, (a) => routingLoad(s, a));
  routing("get", "/api/v1/routing/settings", LEADS, {}, 200, (a) => routingSettingsOf(s, a));
  routing("patch", "/api/v1/routing/settings", ["admin"], { body: ZRoutingSettings }, 200, (a, i) =>
    updateRoutingSettings(s, a, i.body),
  );

  const trig = r("Triggers");
  trig("get", "/api/v1/triggers", LEADS, {}, 200, async (a) => ({ items: await listTriggerDtos(s, a) }));
  trig("post", "/api/v1/triggers", LEADS, { body: ZTriggerInput }, 201, (a, i) =>
    createTrigger(s, a, i.body),
  );
  trig("patch", "/api/v1/triggers/{id}", LEADS, { params: ZIdParam, body: ZTriggerPatch }, 200, (a, i) =>
    patchTrigger(s, a, i.params.id ?? "", i.body),
  );
  trig("delete", "/api/v1/triggers/{id}", LEADS, { params: ZIdParam }, 204, (a, i) =>
    removeTrigger(s, a, i.params.id ?? ""),
  );
  trig("post", "/api/v1/triggers/reorder", LEADS, { body: ZReorder }, 200, async (a, i) => ({
    items: await reorderTriggers(s, a, (i.body as { ids: string[] }).ids),
  }));
  trig("post", "/api/v1/triggers/dry-run", STAFF_ROLES, { body: ZDryRun }, 200, (a, i) => {
    const b = i.body as { ticketRef: string; event?: "created" | "updated" };
    return dryRun(s, a, b.ticketRef, b.event ?? "created");
  });
}
