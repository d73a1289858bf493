import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { STAFF_ROLES } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { actorOf, defineRoute } from "../../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../../platform/http/schemas.js";
import { getWechatAccount, putWechatAccount } from "./use-cases/configure-account.js";
import { linkFollower, listFollowers } from "./use-cases/link-follower.js";
import { ZLinkFollower, ZWechatAccount, ZWechatAccountInput, ZWechatFollower } from "./wechat.schemas.js";

// The tenant's account settings (admins) and the OpenID ↔ customer links (staff).
export function configureAccountRoutes(app: OpenAPIHono<AppEnv>, s: Services, tags: string[]): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/wechat/account",
      access: ["admin"],
      tags,
      summary: "The tenant's Official Account (token and key are never read back)",
      responses: { 200: jsonResponse(ZWechatAccount), ...commonErrors },
    }),
    async (c) => c.json(await getWechatAccount(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/wechat/account",
      access: ["admin"],
      tags,
      summary: "Configure the Official Account: AppID, original id, token, EncodingAESKey, mode, templates",
      request: { body: jsonBody(ZWechatAccountInput) },
      responses: { 200: jsonResponse(ZWechatAccount), ...commonErrors },
    }),
    async (c) => c.json(await putWechatAccount(s, actorOf(c), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/wechat/followers",
      access: [...STAFF_ROLES],
      tags,
      summary: "WeChat users who wrote to the account, newest first, with the customer each is bound to",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZWechatFollower) })), ...commonErrors },
    }),
    async (c) => c.json(await listFollowers(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/wechat/bindings",
      access: ["admin", "supervisor", "agent"],
      tags,
      summary: "Link a WeChat user (OpenID) to a customer, or unlink with customerId null",
      request: { body: jsonBody(ZLinkFollower) },
      responses: { 200: jsonResponse(ZWechatFollower), ...commonErrors },
    }),
    async (c) => c.json(await linkFollower(s, actorOf(c), c.req.valid("json")), 200),
  );
}
