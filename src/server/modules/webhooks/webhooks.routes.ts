import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import {
  commonErrors,
  jsonBody,
  jsonResponse,
  listOf,
  ZIdParam,
  ZListQuery,
} from "../../platform/http/schemas.js";
import { createWebhook } from "./use-cases/create-webhook.js";
import { getWebhook } from "./use-cases/get-webhook.js";
import { listWebhooks } from "./use-cases/list-webhooks.js";
import { patchWebhook } from "./use-cases/patch-webhook.js";
import { pingWebhook } from "./use-cases/ping-webhook.js";
import { removeWebhook } from "./use-cases/remove-webhook.js";
import { replayDelivery } from "./use-cases/replay-delivery.js";
import { rotateSecret } from "./use-cases/rotate-secret.js";
import { webhookDeliveries } from "./use-cases/webhook-deliveries.js";
import {
  ZWebhook,
  ZWebhookDelivery,
  ZWebhookInput,
  ZWebhookPatch,
  ZWebhookWithSecret,
} from "./webhooks.schemas.js";

const tags = ["Webhooks"];
const access = ["admin"] as const;

export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/webhooks",
      access,
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZWebhook) })), ...commonErrors },
    }),
    async (c) => c.json(await listWebhooks(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhooks",
      access,
      tags,
      request: { body: jsonBody(ZWebhookInput) },
      responses: { 201: jsonResponse(ZWebhookWithSecret), ...commonErrors },
    }),
    async (c) => c.json(await createWebhook(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/webhooks/{id}",
      access,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZWebhook), ...commonErrors },
    }),
    async (c) => c.json(await getWebhook(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/webhooks/{id}",
      access,
      tags,
      request: { params: ZIdParam, body: jsonBody(ZWebhookPatch) },
      responses: { 200: jsonResponse(ZWebhook), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await patchWebhook(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/webhooks/{id}",
      access,
      tags,
      request: { params: ZIdParam },
      responses: { 204: { description: "Deleted, with its delivery log" }, ...commonErrors },
    }),
    async (c) => {
      await removeWebhook(s, requireActor(c.get("actor")), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhooks/{id}/rotate-secret",
      access,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZWebhookWithSecret), ...commonErrors },
    }),
    async (c) => c.json(await rotateSecret(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhooks/{id}/test",
      access,
      tags,
      summary: "Queue a ping event to this endpoint",
      request: { params: ZIdParam },
      responses: { 202: jsonResponse(ZWebhookDelivery), ...commonErrors },
    }),
    async (c) => c.json(await pingWebhook(s, requireActor(c.get("actor")), c.req.valid("param").id), 202),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/webhooks/{id}/deliveries",
      access,
      tags,
      summary: "Delivery log, newest first",
      request: { params: ZIdParam, query: ZListQuery },
      responses: { 200: jsonResponse(listOf(ZWebhookDelivery)), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await webhookDeliveries(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("query"),
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhook-deliveries/{id}/replay",
      access,
      tags,
      summary: "Send a delivery's payload again, as a new delivery",
      request: { params: ZIdParam },
      responses: { 202: jsonResponse(ZWebhookDelivery), ...commonErrors },
    }),
    async (c) => c.json(await replayDelivery(s, requireActor(c.get("actor")), c.req.valid("param").id), 202),
  );
}
