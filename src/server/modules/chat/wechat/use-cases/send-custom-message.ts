import { z } from "zod";
import type { Db } from "../../../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../../../platform/jobs/queue.js";
import { findFollower, firstSight, seen } from "../wechat.repository.js";
import { wechatApiFor } from "../wechat-delivery.js";

// The platform waits 5 s for a callback's answer. Words said during a callback (the assistant's
// answer, a hand-off notice) are queued to go out as a customer-service message after that
// window; if the callback answered them passively in time it marks them, and the job then sends
// nothing. Agents' replies come later and go at once.
const PASSIVE_WINDOW_MS = 5_000;
const passiveKey = (key: string) => `passive:${key}`;

export async function queueCustomMessage(
  tx: Db,
  m: { tenantId: string; openId: string; text: string; key: string; during: "callback" | "later"; now: Date },
): Promise<void> {
  await enqueue(
    tx,
    sendCustomMessageJob,
    { tenantId: m.tenantId, openId: m.openId, text: m.text, key: m.key },
    {
      tenantId: m.tenantId,
      singletonKey: `wechat.custom:${m.tenantId}:${m.key}`,
      runAt: m.during === "callback" ? new Date(m.now.getTime() + PASSIVE_WINDOW_MS) : undefined,
    },
  );
}

/** The callback delivered these words in its passive reply: their queued message sends nothing. */
export async function markAnsweredPassively(
  tx: Db,
  tenantId: string,
  keys: readonly string[],
): Promise<void> {
  for (const key of keys) await firstSight(tx, tenantId, passiveKey(key));
}

type Plan = { tenantId: string; openId: string; text: string; key: string };

export const sendCustomMessageJob = defineOutboundJob({
  kind: "wechat.send_custom",
  payload: z.object({ tenantId: z.string(), openId: z.string(), text: z.string(), key: z.string() }),
  async prepare(p, { tx }): Promise<Plan | null> {
    if (await seen(tx, p.tenantId, passiveKey(p.key))) return null;
    // Someone who unfollowed the account cannot be written to.
    const follower = await findFollower(tx, p.tenantId, p.openId);
    if (follower && !follower.subscribed) return null;
    return p;
  },
  async send(plan, { s }) {
    return wechatApiFor(s).sendCustomMessage({ ...plan, idempotencyKey: `custom:${plan.key}` });
  },
  async record() {},
});
