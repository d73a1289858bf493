import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedText,
} from "../../../platform/privacy/personal-patterns.js";
import { chatConversations, chatMessages } from "../chat.tables.js";
import { wechatFollowers } from "../wechat/wechat.tables.js";

// A customer's data export (modules/privacy): their chats (web, portal, WeChat) with every
// message of the transcript, and the WeChat OpenIDs bound to them. Token hashes and typing
// moments are not personal data about them and stay out.
export async function exportChatData(db: Db, tenantId: string, customerId: string) {
  const c = chatConversations;
  const conversations = await db
    .select({
      id: c.id,
      channel: c.channel,
      status: c.status,
      visitorName: c.visitorName,
      visitorPhone: c.visitorPhone,
      locale: c.locale,
      ticketId: c.ticketId,
      createdAt: c.createdAt,
      closedAt: c.closedAt,
    })
    .from(c)
    .where(and(eq(c.tenantId, tenantId), eq(c.customerId, customerId)))
    .orderBy(asc(c.createdAt));
  const ids = conversations.map((x) => x.id);
  const messages =
    ids.length === 0
      ? []
      : await db
          .select({
            conversationId: chatMessages.conversationId,
            seq: chatMessages.seq,
            author: chatMessages.author,
            authorName: chatMessages.authorName,
            text: chatMessages.text,
            createdAt: chatMessages.createdAt,
          })
          .from(chatMessages)
          .where(and(eq(chatMessages.tenantId, tenantId), inArray(chatMessages.conversationId, ids)))
          .orderBy(asc(chatMessages.conversationId), asc(chatMessages.seq));
  const f = wechatFollowers;
  const wechat = await db
    .select({
      openId: f.openId,
      subscribed: f.subscribed,
      boundBy: f.boundBy,
      boundAt: f.boundAt,
      followedAt: f.createdAt,
    })
    .from(f)
    .where(and(eq(f.tenantId, tenantId), eq(f.customerId, customerId)))
    .orderBy(asc(f.createdAt));
  return {
    chats: conversations.map((x) => ({
      ...x,
      messages: messages.filter((m) => m.conversationId === x.id).map(({ conversationId: _, ...m }) => m),
    })),
    wechat,
  };
}

// Erasure (modules/privacy): what the customer wrote in their chats is erased; their name,
// e-mail and phone are replaced by the pseudonym in everything else said in the tenant's chats
// (an agent's "Dear …", a visitor chat where they gave their phone). The conversations and
// messages stay, with their times and authors, for the statistics. Before the customer's own
// WeChat binding is undone (eraseWechatData), as it finds the conversations by customer.
export async function eraseChatData(tx: Db, tenantId: string, customerId: string, who: PersonalPatterns) {
  const c = chatConversations;
  const own = await tx
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.tenantId, tenantId), eq(c.customerId, customerId)));
  const ids = own.map((x) => x.id);
  if (ids.length > 0) {
    await tx
      .update(chatMessages)
      .set({ text: ERASED_TEXT, authorName: who.pseudonym })
      .where(
        and(
          eq(chatMessages.tenantId, tenantId),
          inArray(chatMessages.conversationId, ids),
          eq(chatMessages.author, "customer"),
        ),
      );
    await tx
      .update(c)
      .set({ visitorName: null, visitorPhone: null, externalId: null, visitorTokenHash: null })
      .where(and(eq(c.tenantId, tenantId), inArray(c.id, ids)));
  }
  await tx
    .update(chatMessages)
    .set({
      text: scrubbedText(chatMessages.text, who),
      authorName: scrubbedText(chatMessages.authorName, who),
    })
    .where(
      and(
        eq(chatMessages.tenantId, tenantId),
        or(mentions(chatMessages.text, who), mentions(chatMessages.authorName, who)),
      ),
    );
  await tx
    .update(c)
    .set({
      visitorName: scrubbedText(c.visitorName, who),
      visitorPhone: scrubbedText(c.visitorPhone, who),
      handoffReason: scrubbedText(c.handoffReason, who),
    })
    .where(
      and(
        eq(c.tenantId, tenantId),
        or(mentions(c.visitorName, who), mentions(c.visitorPhone, who), mentions(c.handoffReason, who)),
      ),
    );
}
