import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZCall,
  ZCreatedMailbox,
  ZCreateMailbox,
  ZInboundResult,
  ZLogCall,
  ZMailbox,
  ZTicketOrigin,
  ZTimelineItem,
} from "./channels.schemas.js";
import { renderConfirmPage } from "./confirm-page.js";
import { registerPublicRequestRoutes } from "./public-request.routes.js";
import { answerConfirm } from "./use-cases/answer-confirm.js";
import { createMailbox } from "./use-cases/create-mailbox.js";
import { customerTimeline } from "./use-cases/customer-timeline.js";
import { getMailboxes } from "./use-cases/get-mailboxes.js";
import { ingestMail } from "./use-cases/ingest-mail.js";
import { logCall } from "./use-cases/log-call.js";
import { mailboxForToken } from "./use-cases/mailbox-for-token.js";
import { ticketOrigin } from "./use-cases/ticket-origin.js";
import { type ConfirmView, viewConfirm } from "./use-cases/view-confirm.js";

// A link replaced by a newer resolution's link is gone for good (410); every other page is 200.
const confirmStatus = (view: ConfirmView) => (view.state === "superseded" ? 410 : 200);

const tags = ["Channels"];
export const INBOUND_MAIL_LIMIT = 25 * 1024 * 1024;

export function registerChannelRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/channels/email",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZCreateMailbox) },
      responses: { 201: jsonResponse(ZCreatedMailbox, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createMailbox(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/channels/email",
      access: ["admin"],
      tags,
      responses: { 200: jsonResponse(listOf(ZMailbox)), ...commonErrors },
    }),
    async (c) => c.json(await getMailboxes(s, requireActor(c.get("actor"))), 200),
  );
  // Public route: the mail provider authenticates with the mailbox's inbound token.
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/channels/email/inbound",
      access: "public",
      tags,
      middleware: [
        bodyLimit({
          maxSize: INBOUND_MAIL_LIMIT,
          onError: () => {
            throw new AppError("request.too_large", { limit: "25 MB" });
          },
        }),
      ],
      request: {
        body: {
          required: true,
          content: { "message/rfc822": { schema: z.string().openapi({ format: "binary" }) } },
        },
      },
      responses: { 202: jsonResponse(ZInboundResult, "Accepted"), ...commonErrors },
    }),
    async (c) => {
      const token = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
      const mailbox = await mailboxForToken(s, token);
      const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (type !== "message/rfc822") throw new AppError("channels.not_rfc822");
      const raw = new Uint8Array(await c.req.arrayBuffer());
      if (raw.byteLength === 0) throw new AppError("channels.empty_message");
      return c.json(await ingestMail(s, mailbox, raw), 202);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/calls",
      access: STAFF_ROLES,
      tags,
      request: { body: jsonBody(ZLogCall) },
      responses: { 201: jsonResponse(ZCall, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await logCall(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/customers/{id}/timeline",
      access: STAFF_ROLES,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZTimelineItem) })), ...commonErrors },
    }),
    async (c) =>
      c.json(await customerTimeline(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/origin",
      access: [...STAFF_ROLES, "dealer"],
      tags,
      request: { params: z.object({ ref: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(ZTicketOrigin), ...commonErrors },
    }),
    async (c) => c.json(await ticketOrigin(s, requireActor(c.get("actor")), c.req.valid("param").ref), 200),
  );
  registerPublicRequestRoutes(app, s);
  // The resolution notice's links: GET only shows the question (mail scanners prefetch links),
  // the page's buttons POST the answer.
  const ZToken = z.object({ token: z.string().min(10).max(200) });
  const page = { content: { "text/html": { schema: z.string() } } };
  const html = {
    200: { description: "HTML page", ...page },
    410: { description: "A link of an earlier resolution: the page says to use the newest mail", ...page },
  };
  app.openapi(
    defineRoute({
      method: "get",
      path: "/confirm/{token}",
      access: "public",
      tags,
      request: { params: ZToken, query: z.object({ answer: z.enum(["yes", "no"]).optional() }) },
      responses: html,
    }),
    async (c) => {
      const view = await viewConfirm(s, c.req.valid("param").token, c.get("locale"));
      c.header("cache-control", "no-store");
      c.header("referrer-policy", "no-referrer");
      return c.html(renderConfirmPage(view, c.req.valid("query").answer === "no"), confirmStatus(view));
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/confirm/{token}",
      access: "public",
      tags,
      request: {
        params: ZToken,
        body: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: z.object({
                answer: z.enum(["confirm", "reject"]),
                reason: z.string().max(2000).optional(),
              }),
            },
          },
        },
      },
      responses: html,
    }),
    async (c) => {
      const form = c.req.valid("form");
      const view = await answerConfirm(
        s,
        c.req.valid("param").token,
        form.answer,
        form.reason ?? "",
        c.get("locale"),
      );
      c.header("cache-control", "no-store");
      return c.html(renderConfirmPage(view, false), confirmStatus(view));
    },
  );
}
