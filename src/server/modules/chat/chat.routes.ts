import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { cors } from "hono/cors";
import {
  ZChatConversation,
  ZChatMessage,
  ZChatQueue,
  ZChatStarted,
  ZChatTicket,
  ZChatTranscript,
} from "../../../shared/api/chat.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { conversationDtos, findConversation, toMessageDto } from "./chat.repository.js";
import {
  ZAgentParam,
  ZChatText,
  ZChatTicketInput,
  ZConversationParam,
  ZStartChat,
  ZStreamQuery,
} from "./chat.schemas.js";
import { agentStream, customerStream } from "./chat-stream.js";
import { acceptConversation } from "./use-cases/accept-conversation.js";
import { agentReply } from "./use-cases/agent-reply.js";
import { closeConversation } from "./use-cases/close-conversation.js";
import { handOff } from "./use-cases/hand-off.js";
import { leaveOfflineMessage } from "./use-cases/leave-offline-message.js";
import { conversationOfParticipant } from "./use-cases/participant.js";
import { postCustomerMessage } from "./use-cases/post-customer-message.js";
import { chatQueue, staffTranscript, transcriptOf } from "./use-cases/read-conversation.js";
import { sendSurvey } from "./use-cases/send-survey.js";
import { startConversation, tenantForWidget } from "./use-cases/start-conversation.js";
import { turnIntoTicket } from "./use-cases/turn-into-ticket.js";
import { markTyping } from "./use-cases/typing.js";
import { WIDGET_SCRIPT } from "./widget/widget-script.js";

const tags = ["Chat"];
const AGENTS = ["admin", "supervisor", "agent"] as const;
const CUSTOMER_PATH = "/api/v1/chat/conversations";
const VISITOR_TOKEN = "x-chat-token";

const streamResponse = {
  description: "Server-Sent Events",
  content: { "text/event-stream": { schema: z.string() } },
};
const ZOk = z.object({ ok: z.boolean() });

// The customer side (portal customers by their session, website visitors by their conversation
// token) is public in the API's sense: the conversation itself is the credential.
const participant = (s: Services, c: Context<AppEnv>, id: string) =>
  conversationOfParticipant(s, c.get("actor"), c.req.header(VISITOR_TOKEN), id);

const lastEventId = (c: Context<AppEnv>, after: number | undefined) => {
  const header = Number(c.req.header("last-event-id"));
  return after ?? (Number.isInteger(header) && header >= 0 ? header : 0);
};

export function registerChatRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  // The website widget calls from the company's own origin: no cookies, the token travels in a header.
  const widgetCors = cors({
    origin: "*",
    allowHeaders: ["content-type", "accept-language", "last-event-id", VISITOR_TOKEN],
    allowMethods: ["GET", "POST", "OPTIONS"],
    maxAge: 600,
  });
  app.use(CUSTOMER_PATH, widgetCors);
  app.use(`${CUSTOMER_PATH}/*`, widgetCors);
  app.get("/chat/widget.js", (c) => {
    c.header("content-type", "text/javascript; charset=utf-8");
    c.header("cache-control", "public, max-age=300");
    return c.body(WIDGET_SCRIPT);
  });

  app.openapi(
    defineRoute({
      method: "post",
      path: CUSTOMER_PATH,
      access: "public",
      tags,
      summary:
        "Start a chat: a signed-in customer (portal), or a website visitor with name, phone and the company's key (tenant)",
      request: { body: jsonBody(ZStartChat) },
      responses: { 201: jsonResponse(ZChatStarted, "Started"), ...commonErrors },
    }),
    async (c) => {
      const actor = c.get("actor");
      const input = c.req.valid("json");
      if (actor && actor.role !== "customer") throw new AppError("chat.customers_only");
      let started: Awaited<ReturnType<typeof startConversation>>;
      if (actor) {
        started = await startConversation(s, {
          tenantId: actor.tenantId,
          channel: "portal",
          locale: input.locale ?? actor.locale ?? c.get("locale"),
          customerId: actor.customerId,
        });
      } else {
        const tenant = await tenantForWidget(s, input.tenant);
        if (!input.name || !input.phone) throw new AppError("chat.visitor_details_required");
        started = await startConversation(s, {
          tenantId: tenant.id,
          channel: "web",
          locale: input.locale ?? c.get("locale"),
          visitorName: input.name,
          visitorPhone: input.phone,
        });
      }
      const transcript = await transcriptOf(s, started.conversation);
      return c.json({ ...transcript, visitorToken: started.visitorToken }, 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${CUSTOMER_PATH}/{id}`,
      access: "public",
      tags,
      summary: "The customer's conversation with its messages",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatTranscript), ...commonErrors },
    }),
    async (c) => c.json(await transcriptOf(s, await participant(s, c, c.req.valid("param").id)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${CUSTOMER_PATH}/{id}/messages`,
      access: "public",
      tags,
      summary:
        "The customer writes; while the assistant has the chat it answers (with the article) or hands off to a person",
      request: { params: ZConversationParam, body: jsonBody(ZChatText) },
      responses: { 201: jsonResponse(z.object({ items: z.array(ZChatMessage) }), "Posted"), ...commonErrors },
    }),
    async (c) => {
      const conv = await participant(s, c, c.req.valid("param").id);
      const rows = await postCustomerMessage(s, conv.tenantId, conv.id, c.req.valid("json").text);
      return c.json({ items: rows.map(toMessageDto) }, 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${CUSTOMER_PATH}/{id}/handoff`,
      access: "public",
      tags,
      summary: "The customer asks for a person: the chat joins the agent queue",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatTranscript), ...commonErrors },
    }),
    async (c) => {
      const conv = await participant(s, c, c.req.valid("param").id);
      if (conv.status === "closed") throw new AppError("chat.closed");
      await handOff(s, conv.tenantId, conv.id, "asked_for_person");
      return c.json(await transcriptOf(s, conv), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${CUSTOMER_PATH}/{id}/offline-message`,
      access: "public",
      tags,
      summary: "No agent could take the chat: the customer's message becomes a ticket and the chat ends",
      request: { params: ZConversationParam, body: jsonBody(ZChatText) },
      responses: { 201: jsonResponse(ZChatTicket, "Ticket opened"), ...commonErrors },
    }),
    async (c) => {
      const conv = await participant(s, c, c.req.valid("param").id);
      return c.json(await leaveOfflineMessage(s, conv.tenantId, conv.id, c.req.valid("json").text), 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${CUSTOMER_PATH}/{id}/typing`,
      access: "public",
      tags,
      summary: "The customer is typing (shown to the agent for a few seconds; not stored as a message)",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZOk), ...commonErrors },
    }),
    async (c) => {
      await markTyping(s, await participant(s, c, c.req.valid("param").id), "customer");
      return c.json({ ok: true }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${CUSTOMER_PATH}/{id}/close`,
      access: "public",
      tags,
      summary: "The customer ends the chat",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatConversation), ...commonErrors },
    }),
    async (c) => {
      const conv = await participant(s, c, c.req.valid("param").id);
      const closed = await closeConversation(s, conv.tenantId, conv.id);
      const [dto] = await conversationDtos(s.db, closed.tenantId, [closed]);
      return c.json(dto as z.infer<typeof ZChatConversation>, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${CUSTOMER_PATH}/{id}/events`,
      access: "public",
      tags,
      summary:
        "Server-Sent Events of the conversation for the customer: message, typing (the agent), conversation (status changes)",
      request: { params: ZConversationParam, query: ZStreamQuery },
      responses: { 200: streamResponse, ...commonErrors },
    }),
    async (c) => {
      const conv = await participant(s, c, c.req.valid("param").id);
      return customerStream(c, s, conv, lastEventId(c, c.req.valid("query").after)) as never;
    },
  );

  // The agent side.
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/chat/queue",
      access: [...AGENTS],
      tags,
      summary: "Chats waiting for an agent (oldest first) and the caller's own open chats",
      responses: { 200: jsonResponse(ZChatQueue), ...commonErrors },
    }),
    async (c) => c.json(await chatQueue(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/chat/agents/{userId}/events",
      access: [...AGENTS],
      tags,
      summary:
        "Server-Sent Events for the caller's chat console (userId: the caller): queue, message, typing (customers), conversation",
      request: { params: ZAgentParam },
      responses: { 200: streamResponse, ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      if (c.req.valid("param").userId !== actor.userId) throw new AppError("chat.not_found");
      return agentStream(c, s, actor) as never;
    },
  );
  const AGENT_PATH = "/api/v1/chat/agent/conversations/{id}";
  app.openapi(
    defineRoute({
      method: "get",
      path: AGENT_PATH,
      access: [...AGENTS],
      tags,
      summary: "A conversation with its transcript and the articles the assistant tried",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatTranscript), ...commonErrors },
    }),
    async (c) => c.json(await staffTranscript(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/accept`,
      access: [...AGENTS],
      tags,
      summary: "Take a waiting chat (when two agents race, one gets it; the other is told it is taken)",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatTranscript), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const conv = await acceptConversation(s, actor, c.req.valid("param").id);
      return c.json(await transcriptOf(s, conv), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/messages`,
      access: [...AGENTS],
      tags,
      summary: "The agent who has the chat replies",
      request: { params: ZConversationParam, body: jsonBody(ZChatText) },
      responses: { 201: jsonResponse(ZChatMessage, "Posted"), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const row = await agentReply(s, actor, c.req.valid("param").id, c.req.valid("json").text);
      return c.json(toMessageDto(row), 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/survey`,
      access: [...AGENTS],
      tags,
      summary: "The agent who has the chat sends the customer a personal survey link in it",
      request: { params: ZConversationParam },
      responses: { 201: jsonResponse(ZChatMessage, "Posted"), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      return c.json(toMessageDto(await sendSurvey(s, actor, c.req.valid("param").id)), 201);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/typing`,
      access: [...AGENTS],
      tags,
      summary: "The agent is typing (shown to the customer for a few seconds)",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZOk), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const conv = await findConversation(s.db, actor.tenantId, c.req.valid("param").id);
      if (!conv) throw new AppError("chat.not_found");
      if (conv.assigneeId !== actor.userId) throw new AppError("chat.not_yours");
      await markTyping(s, conv, "agent");
      return c.json({ ok: true }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/close`,
      access: [...AGENTS],
      tags,
      summary: "End the chat",
      request: { params: ZConversationParam },
      responses: { 200: jsonResponse(ZChatTranscript), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const closed = await closeConversation(s, actor.tenantId, c.req.valid("param").id);
      return c.json(await transcriptOf(s, closed), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${AGENT_PATH}/ticket`,
      access: [...AGENTS],
      tags,
      summary: "Turn the chat into a ticket (the transcript is its description) and link the two",
      request: { params: ZConversationParam, body: jsonBody(ZChatTicketInput) },
      responses: { 201: jsonResponse(ZChatTicket, "Ticket opened"), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      return c.json(await turnIntoTicket(s, actor, c.req.valid("param").id, c.req.valid("json")), 201);
    },
  );
}
