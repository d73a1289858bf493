import { index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

export type ChatChannel = "portal" | "web" | "wechat";
export type ChatStatus = "bot" | "waiting" | "assigned" | "closed";
export type ChatAuthor = "customer" | "assistant" | "agent" | "system";
export type TriedArticle = { id: string; title: string };

// One chat: a signed-in customer, or an anonymous visitor who gave a name and phone (the website
// widget) or a WeChat user (openId). `version` moves on every change a subscriber should see;
// `lastSeq` numbers the messages so a stream resumes where it left off.
export const chatConversations = pgTable(
  "chat_conversations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    channel: text("channel").notNull().$type<ChatChannel>(),
    status: text("status").notNull().$type<ChatStatus>(),
    customerId: text("customer_id"),
    visitorName: text("visitor_name"),
    visitorPhone: text("visitor_phone"),
    // The channel's own id of the person (WeChat openId), to find their open conversation again.
    externalId: text("external_id"),
    // SHA-256 of the visitor's conversation token (anonymous visitors prove they are the same one).
    visitorTokenHash: text("visitor_token_hash"),
    locale: text("locale").notNull().$type<"zh-CN" | "en">(),
    assigneeId: text("assignee_id"),
    ticketId: text("ticket_id"),
    articlesTried: jsonb("articles_tried").notNull().$type<TriedArticle[]>().default([]),
    handoffReason: text("handoff_reason"),
    lastSeq: integer("last_seq").notNull().default(0),
    version: integer("version").notNull().default(1),
    // Typing indicators: a moment, not a message; read by the streams, never part of the transcript.
    customerTypingAt: tstz("customer_typing_at"),
    agentTypingAt: tstz("agent_typing_at"),
    waitingSince: tstz("waiting_since"),
    closedAt: tstz("closed_at"),
    createdAt: createdAt(),
    updatedAt: tstz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // The queue (waiting, oldest first) and an agent's chats.
    index("chat_conversations_tenant_status_idx").on(t.tenantId, t.status, t.waitingSince),
    index("chat_conversations_tenant_assignee_idx").on(t.tenantId, t.assigneeId, t.status),
    index("chat_conversations_tenant_external_idx").on(t.tenantId, t.channel, t.externalId),
  ],
);

export const chatMessages = pgTable(
  "chat_messages",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    conversationId: text("conversation_id").notNull(),
    seq: integer("seq").notNull(),
    author: text("author").notNull().$type<ChatAuthor>(),
    authorId: text("author_id"),
    authorName: text("author_name"),
    text: text("text").notNull(),
    // The article the assistant answered from.
    article: jsonb("article").$type<TriedArticle | null>(),
    // System notices: what happened (handoff, offline, accepted, closed, ticket), for clients that
    // word it themselves; `text` is already worded in the conversation's language.
    code: text("code"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("chat_messages_tenant_conversation_seq_idx").on(t.tenantId, t.conversationId, t.seq)],
);
