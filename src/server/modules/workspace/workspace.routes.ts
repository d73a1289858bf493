import type { OpenAPIHono } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { addRoute } from "../../platform/http/route-helper.js";
import { ZIdParam } from "../../platform/http/schemas.js";
import { deleteMacro } from "./use-cases/delete-macro.js";
import { deleteView } from "./use-cases/delete-view.js";
import { listMacros } from "./use-cases/list-macros.js";
import { listNotifications } from "./use-cases/list-notifications.js";
import { listViews } from "./use-cases/list-views.js";
import { markAllNotificationsRead } from "./use-cases/mark-all-notifications-read.js";
import { markNotificationRead } from "./use-cases/mark-notification-read.js";
import { markViewing } from "./use-cases/mark-viewing.js";
import { renderMacro } from "./use-cases/render-macro.js";
import { saveMacro } from "./use-cases/save-macro.js";
import { saveView } from "./use-cases/save-view.js";
import { viewCounts } from "./use-cases/view-counts.js";
import { viewers } from "./use-cases/viewers.js";
import {
  ZMacroInput,
  ZMacroPatch,
  ZRefParam,
  ZRender,
  ZUnreadQuery,
  ZViewInput,
  ZViewing,
  ZViewPatch,
} from "./workspace.schemas.js";

// Agent workspace: macros, saved views, collision notice, notifications.
export function registerWorkspaceRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const add =
    (tag: string) =>
    (...args: Parameters<typeof addRoute> extends [unknown, unknown, unknown, ...infer R] ? R : never) =>
      addRoute(app, s, tag, ...args);
  const macro = add("Macros");
  macro("get", "/api/v1/macros", STAFF_ROLES, {}, 200, async (a) => ({ items: await listMacros(s, a) }));
  macro("post", "/api/v1/macros", STAFF_ROLES, { body: ZMacroInput }, 201, (a, i) =>
    saveMacro(s, a, null, i.body),
  );
  macro("patch", "/api/v1/macros/{id}", STAFF_ROLES, { params: ZIdParam, body: ZMacroPatch }, 200, (a, i) =>
    saveMacro(s, a, i.params.id ?? "", i.body),
  );
  macro("delete", "/api/v1/macros/{id}", STAFF_ROLES, { params: ZIdParam }, 204, (a, i) =>
    deleteMacro(s, a, i.params.id ?? ""),
  );
  macro(
    "post",
    "/api/v1/macros/{id}/render",
    STAFF_ROLES,
    { params: ZIdParam, body: ZRender },
    200,
    (a, i) => {
      const b = i.body as { ticketRef: string; locale?: "zh-CN" | "en" };
      return renderMacro(s, a, i.params.id ?? "", b.ticketRef, b.locale ?? a.locale ?? "zh-CN");
    },
  );

  const view = add("Views");
  view("get", "/api/v1/views", STAFF_ROLES, {}, 200, async (a) => ({ items: await listViews(s, a) }));
  view("get", "/api/v1/views/counts", STAFF_ROLES, {}, 200, (a) => viewCounts(s, a));
  view("post", "/api/v1/views", STAFF_ROLES, { body: ZViewInput }, 201, (a, i) =>
    saveView(s, a, null, i.body),
  );
  view("patch", "/api/v1/views/{id}", STAFF_ROLES, { params: ZIdParam, body: ZViewPatch }, 200, (a, i) =>
    saveView(s, a, i.params.id ?? "", i.body),
  );
  view("delete", "/api/v1/views/{id}", STAFF_ROLES, { params: ZIdParam }, 204, (a, i) =>
    deleteView(s, a, i.params.id ?? ""),
  );

  const coll = add("Tickets");
  coll(
    "post",
    "/api/v1/tickets/{ref}/viewing",
    STAFF_ROLES,
    { params: ZRefParam, body: ZViewing },
    200,
    (a, i) => markViewing(s, a, i.params.ref ?? "", (i.body as { typing?: boolean }).typing ?? false),
  );
  coll("get", "/api/v1/tickets/{ref}/viewers", STAFF_ROLES, { params: ZRefParam }, 200, (a, i) =>
    viewers(s, a, i.params.ref ?? ""),
  );

  const note = add("Notifications");
  note("get", "/api/v1/notifications", "signed_in", { query: ZUnreadQuery }, 200, (a, i) =>
    listNotifications(s, a, i.query.unread === "true"),
  );
  note("post", "/api/v1/notifications/{id}/read", "signed_in", { params: ZIdParam }, 204, (a, i) =>
    markNotificationRead(s, a, i.params.id ?? ""),
  );
  note("post", "/api/v1/notifications/read-all", STAFF_ROLES, {}, 200, (a) => markAllNotificationsRead(s, a));
}
