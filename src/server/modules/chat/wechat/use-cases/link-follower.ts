import { and, desc, eq, sql } from "drizzle-orm";
import type { Services } from "../../../../platform/context.js";
import type { Db } from "../../../../platform/db/client.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { customers, findCustomer } from "../../../customers/index.js";
import { chatConversations, chatMessages } from "../../chat.tables.js";
import { type FollowerRow, findFollower, updateFollower } from "../wechat.repository.js";
import { wechatFollowers } from "../wechat.tables.js";

const toDto = (
  f: FollowerRow,
  customerName: string | null = null,
  lastMessageAt: Date | string | null = null,
) => ({
  openId: f.openId,
  customerId: f.customerId,
  customerName: f.customerId ? customerName : null,
  subscribed: f.subscribed,
  boundBy: f.boundBy ?? null,
  boundAt: f.boundAt?.toISOString() ?? null,
  lastMessageAt: lastMessageAt ? new Date(lastMessageAt).toISOString() : null,
});

// When the user last wrote: their newest message in any of their WeChat conversations.
const lastMessageAt = sql<Date | string | null>`(
  select max(${chatMessages.createdAt}) from ${chatMessages}
  join ${chatConversations} on ${chatConversations.tenantId} = ${chatMessages.tenantId}
    and ${chatConversations.id} = ${chatMessages.conversationId}
  where ${chatConversations.tenantId} = ${wechatFollowers.tenantId}
    and ${chatConversations.channel} = 'wechat'
    and ${chatConversations.externalId} = ${wechatFollowers.openId}
    and ${chatMessages.author} = 'customer')`;

// Followers with their customer's name and last message; one OpenID, or the newest 200.
async function followerViews(db: Db, tenantId: string, openId?: string) {
  const rows = await db
    .select({ follower: wechatFollowers, customerName: customers.name, lastMessageAt })
    .from(wechatFollowers)
    .leftJoin(
      customers,
      and(eq(customers.tenantId, wechatFollowers.tenantId), eq(customers.id, wechatFollowers.customerId)),
    )
    .where(
      and(
        eq(wechatFollowers.tenantId, tenantId),
        openId === undefined ? undefined : eq(wechatFollowers.openId, openId),
      ),
    )
    .orderBy(desc(wechatFollowers.updatedAt))
    .limit(200);
  return rows.map((r) => toDto(r.follower, r.customerName, r.lastMessageAt));
}

/** The WeChat users who wrote to the account, newest first, with the customer each is bound to. */
export async function listFollowers(s: Services, actor: Actor) {
  return { items: await followerViews(s.db, actor.tenantId) };
}

// Staff who know who is writing (they confirmed it on the phone) link the OpenID themselves;
// null unlinks. Another tenant's OpenID or customer is simply not found.
export async function linkFollower(
  s: Services,
  actor: Actor,
  input: { openId: string; customerId: string | null },
) {
  return s.db.transaction(async (tx) => {
    const follower = await findFollower(tx, actor.tenantId, input.openId);
    if (!follower) throw new AppError("wechat.follower_not_found");
    if (input.customerId && !(await findCustomer(tx, actor.tenantId, input.customerId)))
      throw new AppError("wechat.customer_not_found");
    const now = s.clock.now();
    await updateFollower(tx, actor.tenantId, input.openId, {
      customerId: input.customerId,
      boundBy: input.customerId ? "staff" : null,
      boundAt: input.customerId ? now : null,
      pendingCustomerId: null,
      codeHash: null,
    });
    const [updated] = await followerViews(tx, actor.tenantId, input.openId);
    if (!updated) throw new AppError("wechat.follower_not_found");
    return updated;
  });
}
