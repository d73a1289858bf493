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

// Appends a message; once committed, this process's streams wake and the conversation's channel
// (WeChat) delivers it if the customer should receive it.
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
  afterCommit(tx, async () => {
    announceChatChange(conversation.tenantId);
    const deliver = message.author === "customer" ? undefined : deliveryFor(conversation.channel);
    if (deliver) await deliver(conversation, row, inReplyToCustomer);
  });
  return row;
}

// A change without a message (status, assignee): wake the streams after the commit.
export function announceAfterCommit(tx: Db, tenantId: string): void {
  afterCommit(tx, async () => announceChatChange(tenantId));
}
