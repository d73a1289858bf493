import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { addRoute } from "../../platform/http/route-helper.js";
import { ZIdParam } from "../../platform/http/schemas.js";
import { ZDryRun, ZReorder, ZTriggerInput, ZTriggerPatch } from "./triggers.schemas.js";
import { createTrigger } from "./use-cases/create-trigger.js";
import { dryRun } from "./use-cases/dry-run.js";
import { listTriggerDtos } from "./use-cases/list-triggers.js";
import { patchTrigger } from "./use-cases/patch-trigger.js";
import { removeTrigger } from "./use-cases/remove-trigger.js";
import { reorderTriggers } from "./use-cases/reorder-triggers.js";

const LEADS = ["supervisor", "admin"] as const;

export function registerTriggersRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const trig = (
    ...args: Parameters<typeof addRoute> extends [unknown, unknown, unknown, ...infer R] ? R : never
  ) => addRoute(app, s, "Triggers", ...args);
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
