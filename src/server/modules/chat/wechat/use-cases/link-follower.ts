import { desc, eq } from "drizzle-orm";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { findCustomer } from "../../../customers/index.js";
import { type FollowerRow, findFollower, updateFollower } from "../wechat.repository.js";
import { wechatFollowers } from "../wechat.tables.js";

const toDto = (f: FollowerRow) => ({
  openId: f.openId,
  customerId: f.customerId,
  subscribed: f.subscribed,
  boundBy: f.boundBy ?? null,
  boundAt: f.boundAt?.toISOString() ?? null,
});

/** The WeChat users who wrote to the account, newest first (staff link one to a customer). */
export async function listFollowers(s: Services, actor: Actor) {
  const rows = await s.db
    .select()
    .from(wechatFollowers)
    .where(eq(wechatFollowers.tenantId, actor.tenantId))
    .orderBy(desc(wechatFollowers.updatedAt))
    .limit(200);
  return { items: rows.map(toDto) };
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
    const updated = await findFollower(tx, actor.tenantId, input.openId);
    if (!updated) throw new AppError("wechat.follower_not_found");
    return toDto(updated);
  });
}
