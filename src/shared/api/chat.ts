import { z } from "zod";

// The chat: conversations between a customer (or an anonymous website visitor) and first the
// assistant, then an agent. Read by the portal widget, the website widget and the agent console.
const CHAT_CHANNELS = ["portal", "web", "wechat"] as const;
const CHAT_STATUSES = ["bot", "waiting", "assigned", "closed"] as const;
const CHAT_AUTHORS = ["customer", "assistant", "agent", "system"] as const;

const ZArticleRef = z.object({ id: z.string(), title: z.string() });

export const ZChatMessage = z.object({
  id: z.string(),
  seq: z.number().int(),
  author: z.enum(CHAT_AUTHORS),
  authorName: z.string().nullable(),
  text: z.string(),
  // The help article the assistant answered from (open it at /help/{tenantSlug}/{id}).
  article: ZArticleRef.nullable(),
  // System notices: handoff, offline, accepted, closed, ticket.
  code: z.string().nullable(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof ZChatMessage>;

export const ZChatConversation = z.object({
  id: z.string(),
  tenantSlug: z.string(),
  channel: z.enum(CHAT_CHANNELS),
  status: z.enum(CHAT_STATUSES),
  customerId: z.string().nullable(),
  // The customer's name, else the visitor's.
  name: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.enum(["zh-CN", "en"]),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  articlesTried: z.array(ZArticleRef),
  handoffReason: z.string().nullable(),
  // Whether an agent is online right now (otherwise the customer may leave a message).
  agentsOnline: z.boolean(),
  lastSeq: z.number().int(),
  lastMessage: z.string().nullable(),
  waitingSince: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ChatConversation = z.infer<typeof ZChatConversation>;

export const ZChatTranscript = z.object({
  conversation: ZChatConversation,
  messages: z.array(ZChatMessage),
});
export type ChatTranscript = z.infer<typeof ZChatTranscript>;

// Start answer: the visitor token is given once, to anonymous visitors (send it as x-chat-token).
export const ZChatStarted = ZChatTranscript.extend({ visitorToken: z.string().nullable() });

export const ZChatQueue = z.object({
  waiting: z.array(ZChatConversation),
  mine: z.array(ZChatConversation),
});
export type ChatQueue = z.infer<typeof ZChatQueue>;

export const ZChatTicket = z.object({ ticketId: z.string(), ticketNumber: z.string() });
