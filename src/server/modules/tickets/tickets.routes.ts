import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { ZRateTicket } from "../../../shared/api/tickets.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZAttachment,
  ZCreateMessage,
  ZCreateTicket,
  ZEvent,
  ZMergeTicket,
  ZMessage,
  ZRefParam,
  ZTicket,
  ZTicketDetail,
  ZTicketQuery,
  ZTransition,
  ZUpdateTicket,
} from "./tickets.schemas.js";
import { addMessage } from "./use-cases/add-message.js";
import { createTicket } from "./use-cases/create-ticket.js";
import { downloadAttachment } from "./use-cases/download-attachment.js";
import { getEvents } from "./use-cases/get-events.js";
import { getMessages } from "./use-cases/get-messages.js";
import { getTicket } from "./use-cases/get-ticket.js";
import { mergeTicket } from "./use-cases/merge-ticket.js";
import { rateTicket } from "./use-cases/rate-ticket.js";
import { searchTickets } from "./use-cases/search-tickets.js";
import { transitionTicket } from "./use-cases/transition-ticket.js";
import { updateTicket } from "./use-cases/update-ticket.js";
import { uploadAttachment } from "./use-cases/upload-attachment.js";

const tags = ["Tickets"];
const params = ZRefParam;

export function registerTicketRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets",
      access: "signed_in",
      tags,
      request: { body: jsonBody(ZCreateTicket) },
      responses: { 201: jsonResponse(ZTicketDetail, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createTicket(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets",
      access: "signed_in",
      tags,
      request: { query: ZTicketQuery },
      responses: { 200: jsonResponse(listOf(ZTicket)), ...commonErrors },
    }),
    async (c) => c.json(await searchTickets(s, requireActor(c.get("actor")), c.req.valid("query")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}",
      access: "signed_in",
      tags,
      request: { params },
      responses: { 200: jsonResponse(ZTicketDetail), ...commonErrors },
    }),
    async (c) => c.json(await getTicket(s, requireActor(c.get("actor")), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/tickets/{ref}",
      access: STAFF_ROLES,
      tags,
      request: { params, body: jsonBody(ZUpdateTicket) },
      responses: { 200: jsonResponse(ZTicketDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateTicket(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/transitions",
      access: "signed_in",
      tags,
      request: { params, body: jsonBody(ZTransition) },
      responses: { 200: jsonResponse(ZTicketDetail), ...commonErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(
        await transitionTicket(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").ref,
          body.action,
          body.reason,
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/rating",
      access: ["customer"],
      tags,
      summary: "The customer rates their closed request (1–5 and a comment), once",
      request: { params, body: jsonBody(ZRateTicket) },
      responses: { 201: jsonResponse(ZTicketDetail, "Rated"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await rateTicket(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/merge",
      access: STAFF_ROLES,
      tags,
      summary: "Merge this ticket into another of the same customer (this one is closed)",
      request: { params, body: jsonBody(ZMergeTicket) },
      responses: { 200: jsonResponse(ZTicketDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await mergeTicket(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/messages",
      access: "signed_in",
      tags,
      request: { params },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZMessage) })), ...commonErrors },
    }),
    async (c) =>
      c.json({ items: await getMessages(s, requireActor(c.get("actor")), c.req.valid("param").ref) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/messages",
      access: "signed_in",
      tags,
      request: { params, body: jsonBody(ZCreateMessage) },
      responses: { 201: jsonResponse(ZMessage, "Created"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await addMessage(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/events",
      access: "signed_in",
      tags,
      request: { params },
      responses: { 200: jsonResponse(z.object({ items: z.array(ZEvent) })), ...commonErrors },
    }),
    async (c) =>
      c.json({ items: await getEvents(s, requireActor(c.get("actor")), c.req.valid("param").ref) }, 200),
  );
  registerAttachmentRoutes(app, s);
}

const ZUpload = z.object({
  file: z
    .instanceof(File, { message: "attachment.file_required" })
    .openapi({ type: "string", format: "binary" }),
});

function registerAttachmentRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const limit = bodyLimit({
    maxSize: s.config.maxUploadBytes + 64 * 1024,
    onError: () => {
      throw new AppError("attachment.too_large", {
        limit: `${Math.round(s.config.maxUploadBytes / 1048576)} MB`,
      });
    },
  });
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/attachments",
      access: "signed_in",
      tags: ["Attachments"],
      middleware: [limit],
      request: { body: { required: true, content: { "multipart/form-data": { schema: ZUpload } } } },
      responses: {
        201: jsonResponse(ZAttachment, "Stored; link it with attachmentIds"),
        413: commonErrors[400],
        415: commonErrors[400],
        ...commonErrors,
      },
    }),
    async (c) =>
      c.json(await uploadAttachment(s, requireActor(c.get("actor")), c.req.valid("form").file), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/attachments/{id}",
      access: "signed_in",
      tags: ["Attachments"],
      request: { params: ZIdParam },
      responses: {
        200: {
          description: "The file",
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const { meta, bytes } = await downloadAttachment(
        s,
        requireActor(c.get("actor")),
        c.req.valid("param").id,
      );
      const inline = meta.contentType.startsWith("image/") || meta.contentType === "application/pdf";
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": meta.contentType,
        "content-length": String(meta.size),
        "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(meta.name)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
        "cache-control": "private, max-age=3600",
      });
    },
  );
}
