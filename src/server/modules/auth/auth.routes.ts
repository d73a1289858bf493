import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZApiKey, ZCreateApiKey } from "../../../shared/api/api-keys.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { clientAddress } from "../../platform/http/client-address.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import { findUser, listUsers, revokeCredential } from "./auth.repository.js";
import {
  ZCreateUser,
  ZLogin,
  ZLoginResult,
  ZUpdateMe,
  ZUpdateUser,
  ZUser,
  ZUserQuery,
} from "./auth.schemas.js";
import { createApiKey } from "./use-cases/create-api-key.js";
import { createUser } from "./use-cases/create-user.js";
import { listKeys } from "./use-cases/list-api-keys.js";
import { login } from "./use-cases/login.js";
import { revokeApiKey } from "./use-cases/revoke-api-key.js";
import { updateMe } from "./use-cases/update-me.js";
import { updateUserById } from "./use-cases/update-user.js";
import { toUserDto } from "./user-dto.js";

const tags = ["Auth & users"];

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/login",
      access: "public",
      tags,
      request: { body: jsonBody(ZLogin) },
      responses: { 200: jsonResponse(ZLoginResult), ...commonErrors },
    }),
    async (c) => c.json(await login(s, c.req.valid("json"), clientAddress(c, s.config.trustProxyHops)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/logout",
      access: "account",
      tags,
      responses: { 204: { description: "Token revoked" }, ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      await revokeCredential(s.db, actor.tenantId, actor.credentialId, s.clock.now());
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/me",
      access: "account",
      tags,
      responses: { 200: jsonResponse(ZUser), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const user = await findUser(s.db, actor.tenantId, actor.userId);
      if (!user) throw new AppError("user.not_found");
      return c.json(toUserDto(user), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/me",
      access: "account",
      tags,
      request: { body: jsonBody(ZUpdateMe) },
      responses: { 200: jsonResponse(ZUser), ...commonErrors },
    }),
    async (c) => c.json(await updateMe(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/users",
      // Auditors read who did what in the audit log.
      access: [...STAFF_ROLES, "auditor"],
      tags,
      request: { query: ZUserQuery },
      responses: { 200: jsonResponse(listOf(ZUser)), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const rows = await listUsers(s.db, actor.tenantId, {
        role: q.role,
        q: q.q,
        limit: q.limit + 1,
        afterId: after ? String(after[0]) : undefined,
      });
      return c.json(
        keysetPage(rows, q.limit, (last) => [last.id], toUserDto),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/users",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZCreateUser) },
      responses: { 201: jsonResponse(ZUser, "Created"), 409: commonErrors[422], ...commonErrors },
    }),
    async (c) => c.json(await createUser(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/users/{id}",
      access: ["admin"],
      tags,
      request: { params: ZIdParam, body: jsonBody(ZUpdateUser) },
      responses: { 200: jsonResponse(ZUser), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateUserById(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/api-keys",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZCreateApiKey) },
      responses: { 201: jsonResponse(ZApiKey, "Created; the token is shown only now"), ...commonErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await createApiKey(s, requireActor(c.get("actor")), body.name, body.scope), 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/api-keys",
      access: ["admin"],
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZApiKey) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await listKeys(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/api-keys/{id}",
      access: ["admin"],
      tags,
      request: { params: ZIdParam },
      responses: { 204: { description: "Revoked" }, ...commonErrors },
    }),
    async (c) => {
      await revokeApiKey(s, requireActor(c.get("actor")), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
}
