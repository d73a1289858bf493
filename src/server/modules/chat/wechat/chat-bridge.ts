import { and, desc, eq, ne } from "drizzle-orm";
import type { Locale } from "../../../../shared/i18n/locale.js";
import { deliverySettings } from "../../../config.js";
import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import {
  anyAgentOnline,
  type ConversationRow,
  insertConversation,
  type MessageRow,
  messagesAfter,
} from "../chat.repository.js";
import { chatConversations } from "../chat.tables.js";
import { closeConversation } from "../use-cases/close-conversation.js";
import { leaveOfflineMessage } from "../use-cases/leave-offline-message.js";
import { postCustomerMessage } from "../use-cases/post-customer-message.js";
import type { FollowerRow } from "./wechat.repository.js";
import { wechatFollowers } from "./wechat.tables.js";
import { wechatText } from "./wechat-texts.js";

/** Something the chat said back during the callback: `key` is its message id. */
export type ChatReply = { key: string; text: string };

// WeChat shows text only: an answer from an article ends with the article's title and link.
// The help centre's page is public (no sign-in), so the link works in WeChat's own browser.
export function wechatTextOf(m: MessageRow, s: Services, tenantSlug: string): string {
  if (!m.article) return m.text;
  const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
    /\/+$/,
    "",
  );
  return `${m.text}\n\n《${m.article.title}》${base}/help/${tenantSlug}/${m.article.id}`;
}

// The open conversation of this WeChat user, or a new one. It belongs to whoever the OpenID is bound
// to *now*: when the binding changed since it started (unbound, or bound to someone else), that
// conversation is closed and a new one starts, so a message never lands in another customer's
// chat — or the ticket made from it. The follower row's lock serialises a user's messages.
async function conversationFor(s: Services, follower: FollowerRow, locale: Locale): Promise<ConversationRow> {
  const { tenantId, openId } = follower;
  const stale: string[] = [];
  const conv = await s.db.transaction(async (tx) => {
    await tx
      .select({ openId: wechatFollowers.openId })
      .from(wechatFollowers)
      .where(and(eq(wechatFollowers.tenantId, tenantId), eq(wechatFollowers.openId, openId)))
      .for("update");
    const open = await tx
      .select()
      .from(chatConversations)
      .where(
        and(
          eq(chatConversations.tenantId, tenantId),
          eq(chatConversations.channel, "wechat"),
          eq(chatConversations.externalId, openId),
          ne(chatConversations.status, "closed"),
        ),
      )
      .orderBy(desc(chatConversations.createdAt));
    const mine = open.find((c) => c.customerId === follower.customerId);
    for (const c of open) if (c !== mine) stale.push(c.id);
    if (mine) return mine;
    const now = s.clock.now();
    return insertConversation(tx, {
      id: newId("chc"),
      tenantId,
      channel: "wechat",
      status: "bot",
      customerId: follower.customerId,
      visitorName: follower.customerId ? null : wechatText("visitor_name", locale, { id: openId.slice(-6) }),
      externalId: openId,
      locale,
      createdAt: now,
      updatedAt: now,
    });
  });
  for (const id of stale) await closeConversation(s, tenantId, id);
  return conv;
}

/**
 * One message of a WeChat user through the chat engine: the assistant answers first, "人工"
 * hands off, an agent's chat just receives it; with nobody online a waiting chat takes the
 * message as an offline message (a ticket). Returns what the chat said back meanwhile.
 */
export async function chatTurn(
  s: Services,
  m: { tenantId: string; tenantSlug: string; follower: FollowerRow; text: string; locale: Locale },
): Promise<ChatReply[]> {
  const conv = await conversationFor(s, m.follower, m.locale);
  const said = (rows: MessageRow[]) =>
    rows
      .filter((p) => p.author !== "customer")
      .map((p) => ({ key: p.id, text: wechatTextOf(p, s, m.tenantSlug) }));
  if (conv.status === "waiting" && !(await anyAgentOnline(s.db, m.tenantId))) {
    await leaveOfflineMessage(s, m.tenantId, conv.id, m.text);
    return said(await messagesAfter(s.db, m.tenantId, conv.id, conv.lastSeq));
  }
  return said(await postCustomerMessage(s, m.tenantId, conv.id, m.text));
}
