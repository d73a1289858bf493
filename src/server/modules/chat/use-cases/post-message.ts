import type { Services } from "../../../platform/context.js";
import { afterCommit } from "../../../platform/db/after-commit.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { appendMessage, type ConversationRow, type MessageRow } from "../chat.repository.js";
import type { ChatAuthor, TriedArticle } from "../chat.tables.js";
import { announceChatChange } from "../chat-bus.js";
import { deliveryFor } from "../chat-outbound.js";

export type NewChatMessage = {
  author: ChatAuthor;
  authorId?: string | null;
  authorName?: string | null;
  text: string;
  article?: TriedArticle | null;
  code?: string | null;
};

// Appends a message and queues its delivery on the conversation's channel (WeChat) if the customer
// should receive it; once committed, this process's streams wake.
export async function postMessage(
  tx: Db,
  s: Services,
  conversation: ConversationRow,
  message: NewChatMessage,
  inReplyToCustomer = false,
): Promise<MessageRow> {
  const row = await appendMessage(tx, {
    id: newId("chm"),
    tenantId: conversation.tenantId,
    conversationId: conversation.id,
    author: message.author,
    authorId: message.authorId ?? null,
    authorName: message.authorName ?? null,
    text: message.text,
    article: message.article ?? null,
    code: message.code ?? null,
    createdAt: s.clock.now(),
  });
  // The channel's delivery is queued in this transaction (an outbox job), so a message committed
  // is never one the customer's channel misses.
  const deliver = message.author === "customer" ? undefined : deliveryFor(conversation.channel);
  if (deliver) await deliver(tx, conversation, row, inReplyToCustomer);
  afterCommit(tx, async () => announceChatChange(conversation.tenantId));
  return row;
}

// A change without a message (status, assignee): wake the streams after the commit.
export function announceAfterCommit(tx: Db, tenantId: string): void {
  afterCommit(tx, async () => announceChatChange(tenantId));
}
