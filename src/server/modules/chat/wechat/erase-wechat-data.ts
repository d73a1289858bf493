import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { type PersonalPatterns, scrubbedJson } from "../../../platform/privacy/personal-patterns.js";
import { wechatFollowers, wechatLocalOutbox } from "./wechat.tables.js";

// Erasure of a customer (privacy module): their OpenIDs are unbound, so nothing more is sent to
// their WeChat and nothing they send lands on their record, and what the local platform recorded
// for those OpenIDs loses their name, e-mail and phone.
export async function eraseWechatData(tx: Db, tenantId: string, customerId: string, who: PersonalPatterns) {
  const bound = await tx
    .update(wechatFollowers)
    .set({ customerId: null, boundBy: null, boundAt: null, pendingCustomerId: null, codeHash: null })
    .where(and(eq(wechatFollowers.tenantId, tenantId), eq(wechatFollowers.customerId, customerId)))
    .returning({ openId: wechatFollowers.openId });
  if (bound.length === 0) return;
  await tx
    .update(wechatLocalOutbox)
    .set({ payload: scrubbedJson(wechatLocalOutbox.payload, who) })
    .where(
      and(
        eq(wechatLocalOutbox.tenantId, tenantId),
        inArray(
          wechatLocalOutbox.openId,
          bound.map((b) => b.openId),
        ),
      ),
    );
}
