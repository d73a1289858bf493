import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute } from "../../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../../platform/http/schemas.js";
import { checkSignature } from "./callback-envelope.js";
import { receiveCallback, verifyCallbackUrl } from "./use-cases/receive-callback.js";
import { configureAccountRoutes } from "./wechat.account-routes.js";
import { accountBySlug } from "./wechat.repository.js";
import { ZCallbackQuery, ZLocallySent, ZSimulatorQuery } from "./wechat.schemas.js";
import { locallySent } from "./wechat-api.js";

const tags = ["WeChat"];
const ZSlug = z.object({ tenantKey: z.string().min(1).max(100) });
const text = (description: string) => ({ description, content: { "text/plain": { schema: z.string() } } });

export function registerWechatRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  // The Official Account's message callback. Public: the platform proves itself with the
  // signature over the tenant's token (and, in safe mode, the message signature and the AppID).
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/channels/wechat/{tenantKey}",
      access: "public",
      tags,
      summary: "The platform's URL check: echoes echostr when the signature holds",
      request: { params: ZSlug, query: ZCallbackQuery },
      responses: { 200: text("echostr"), ...commonErrors },
    }),
    async (c) =>
      c.text(await verifyCallbackUrl(s, c.req.valid("param").tenantKey, c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/channels/wechat/{tenantKey}",
      access: "public",
      tags,
      summary:
        "A message or event from the platform (plaintext or safe mode); answers a passive reply or success",
      request: {
        params: ZSlug,
        query: ZCallbackQuery,
        body: { required: true, content: { "text/xml": { schema: z.string() } } },
      },
      responses: {
        200: {
          description: "A passive reply (XML) or the text success",
          content: { "application/xml": { schema: z.string() }, "text/plain": { schema: z.string() } },
        },
        409: commonErrors[400],
        ...commonErrors,
      },
    }),
    async (c) => {
      const answer = await receiveCallback(
        s,
        c.req.valid("param").tenantKey,
        c.req.valid("query"),
        await c.req.text(),
      );
      return answer === "success"
        ? c.text(answer, 200)
        : c.body(answer, 200, { "content-type": "application/xml; charset=utf-8" });
    },
  );
  // The simulator's view of the platform: what the local WeChatApi would have delivered to an
  // OpenID. Signed with the account's token like a callback, so only whoever holds the token reads.
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/channels/wechat/{tenantKey}/sent",
      access: "public",
      tags,
      summary: "Local platform only: customer-service and template messages recorded for an OpenID",
      request: { params: ZSlug, query: ZSimulatorQuery },
      responses: { 200: jsonResponse(ZLocallySent), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const found = await accountBySlug(s.db, c.req.valid("param").tenantKey);
      if (!found) throw new AppError("wechat.unknown_account");
      checkSignature(found.account, q, s.clock.now());
      const rows = await locallySent(
        s.db,
        found.account.tenantId,
        q.openId,
        q.after ? new Date(q.after) : undefined,
      );
      return c.json({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
    },
  );
  configureAccountRoutes(app, s, tags);
}
