import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZAppliedMacro,
  ZApplyMacro,
  ZMacro,
  ZNotification,
  ZReadCount,
  ZRenderedMacro,
  ZSavedView,
  ZViewCounts,
  ZViewer,
} from "../../../shared/api/workspace.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf as actor, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { applyMacro } from "./use-cases/apply-macro.js";
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
  ZIdempotencyHeader,
  ZMacroInput,
  ZMacroOnTicket,
  ZMacroPatch,
  ZRefParam,
  ZRender,
  ZUnreadQuery,
  ZViewInput,
  ZViewing,
  ZViewPatch,
} from "./workspace.schemas.js";

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const deleted = { 204: { description: "Deleted" }, ...commonErrors };

// Agent workspace: macros, saved views, collision notice, notifications.
export function registerWorkspaceRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerMacroRoutes(app, s);
  registerViewRoutes(app, s);
  registerCollisionRoutes(app, s);
  registerNotificationRoutes(app, s);
}

function registerMacroRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const tags = ["Macros"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/macros",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(items(ZMacro)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listMacros(s, actor(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/macros",
      access: STAFF_ROLES,
      tags,
      request: { body: jsonBody(ZMacroInput) },
      responses: { 201: jsonResponse(ZMacro, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await saveMacro(s, actor(c), null, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/macros/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZMacroPatch) },
      responses: { 200: jsonResponse(ZMacro), ...commonErrors },
    }),
    async (c) => c.json(await saveMacro(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/macros/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam },
      responses: deleted,
    }),
    async (c) => {
      await deleteMacro(s, actor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/macros/{id}/render",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZRender) },
      responses: { 200: jsonResponse(ZRenderedMacro), ...commonErrors },
    }),
    async (c) => {
      const a = actor(c);
      const b = c.req.valid("json");
      return c.json(
        await renderMacro(s, a, c.req.valid("param").id, b.ticketRef, b.locale ?? a.locale ?? "zh-CN"),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/macros/{id}/apply",
      access: STAFF_ROLES,
      tags,
      summary:
        "Apply a macro: its text (rendered here, or as edited) and its fields in one transaction; Idempotency-Key makes a retry safe",
      request: { params: ZMacroOnTicket, headers: ZIdempotencyHeader, body: jsonBody(ZApplyMacro) },
      responses: { 200: jsonResponse(ZAppliedMacro), ...commonErrors },
    }),
    async (c) => {
      const { ref, id } = c.req.valid("param");
      const key = c.req.valid("header")["idempotency-key"];
      return c.json(await applyMacro(s, actor(c), id, ref, c.req.valid("json"), key), 200);
    },
  );
}

function registerViewRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const tags = ["Views"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/views",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(items(ZSavedView)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listViews(s, actor(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/views/counts",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(ZViewCounts), ...commonErrors },
    }),
    async (c) => c.json(await viewCounts(s, actor(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/views",
      access: STAFF_ROLES,
      tags,
      request: { body: jsonBody(ZViewInput) },
      responses: { 201: jsonResponse(ZSavedView, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await saveView(s, actor(c), null, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/views/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZViewPatch) },
      responses: { 200: jsonResponse(ZSavedView), ...commonErrors },
    }),
    async (c) => c.json(await saveView(s, actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/views/{id}",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam },
      responses: deleted,
    }),
    async (c) => {
      await deleteView(s, actor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}

function registerCollisionRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const tags = ["Tickets"];
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/viewing",
      access: STAFF_ROLES,
      tags,
      request: { params: ZRefParam, body: jsonBody(ZViewing) },
      responses: { 200: jsonResponse(items(ZViewer)), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await markViewing(s, actor(c), c.req.valid("param").ref, c.req.valid("json").typing ?? false),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/viewers",
      access: STAFF_ROLES,
      tags,
      request: { params: ZRefParam },
      responses: { 200: jsonResponse(items(ZViewer)), ...commonErrors },
    }),
    async (c) => c.json(await viewers(s, actor(c), c.req.valid("param").ref), 200),
  );
}

function registerNotificationRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const tags = ["Notifications"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/notifications",
      access: "signed_in",
      tags,
      request: { query: ZUnreadQuery },
      responses: { 200: jsonResponse(items(ZNotification)), ...commonErrors },
    }),
    async (c) => c.json(await listNotifications(s, actor(c), c.req.valid("query").unread === "true"), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/notifications/{id}/read",
      access: "signed_in",
      tags,
      request: { params: ZIdParam },
      responses: { 204: { description: "Marked read" }, ...commonErrors },
    }),
    async (c) => {
      await markNotificationRead(s, actor(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/notifications/read-all",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(ZReadCount), ...commonErrors },
    }),
    async (c) => c.json(await markAllNotificationsRead(s, actor(c)), 200),
  );
}
