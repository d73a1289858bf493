import type { Db } from "../../platform/db/client.js";
import type { ConversationRow, MessageRow } from "./chat.repository.js";
import type { ChatChannel } from "./chat.tables.js";

// A channel that carries chats outside the browser (WeChat) hears every message the customer should
// receive: the assistant's, the agent's and the system's. `inReplyToCustomer` marks those produced
// while handling the customer's own message (a channel that answers inline already has them).
// It runs in the message's transaction and only queues the sending (an outbound job).
export type ChatDelivery = (
  tx: Db,
  conversation: ConversationRow,
  message: MessageRow,
  inReplyToCustomer: boolean,
) => Promise<void>;

const deliveries = new Map<ChatChannel, ChatDelivery>();

/** @public WeChat registers its sender here (docs/chat.md). */
export function provideChatDelivery(channel: ChatChannel, deliver: ChatDelivery): void {
  deliveries.set(channel, deliver);
}

export function deliveryFor(channel: ChatChannel): ChatDelivery | undefined {
  return deliveries.get(channel);
}
