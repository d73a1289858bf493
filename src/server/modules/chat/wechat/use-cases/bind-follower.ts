import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Locale } from "../../../../../shared/i18n/locale.js";
import type { Db } from "../../../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../../../platform/jobs/queue.js";
import { messageSenderFromEnv } from "../../../channels/index.js";
import { findCustomer, findCustomerByContact } from "../../../customers/index.js";
import { type FollowerRow, findFollower, updateFollower } from "../wechat.repository.js";
import { wechatText } from "../wechat-texts.js";

// A WeChat user links their OpenID to their customer record by proving the phone: "绑定 138…" sends
// a one-time code by SMS to that phone (if a customer has it — the answer is the same either way,
// so nobody learns which numbers are customers), and the six digits sent back bind it.
const CODE_TTL_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 5;

const BIND = /^(?:绑定|綁定|bind)\s*[:：]?\s*(\+?[\d\s-]{7,20})$/i;
const UNBIND = /^(?:解绑|解除绑定|unbind)$/i;
const CODE = /^\d{6}$/;

const codeHash = (tenantId: string, openId: string, code: string) =>
  createHash("sha256").update(`${tenantId}:${openId}:${code}`).digest("hex");

const masked = (phone: string) => {
  const digits = phone.replace(/\D/g, "");
  return digits.length > 4 ? `${"*".repeat(Math.min(7, digits.length - 4))}${digits.slice(-4)}` : "****";
};

/**
 * The reply to a binding command, or null when the text is not one (it goes to the chat).
 * Runs in the callback's transaction.
 */
export async function bindingReply(
  tx: Db,
  follower: FollowerRow,
  text: string,
  locale: Locale,
  now: Date,
): Promise<string | null> {
  const { tenantId, openId } = follower;
  const t = text.trim();
  const bind = BIND.exec(t);
  if (bind?.[1]) {
    const customer = await findCustomerByContact(tx, tenantId, { phone: bind[1] });
    await updateFollower(tx, tenantId, openId, {
      pendingCustomerId: customer?.id ?? null,
      codeHash: null,
      codeExpiresAt: null,
      codeAttempts: 0,
    });
    if (customer?.phone)
      await enqueue(
        tx,
        bindCodeJob,
        { tenantId, openId, customerId: customer.id, locale },
        { tenantId, singletonKey: `wechat.bind:${tenantId}:${openId}` },
      );
    return wechatText("bind_code_sent", locale, { phone: masked(bind[1]) });
  }
  if (UNBIND.test(t) && follower.customerId) {
    await updateFollower(tx, tenantId, openId, { customerId: null, boundBy: null, boundAt: null });
    return wechatText("unbind_done", locale);
  }
  if (CODE.test(t) && follower.pendingCustomerId) {
    const fresh = follower.codeExpiresAt && follower.codeExpiresAt > now;
    const given = Buffer.from(codeHash(tenantId, openId, t));
    const ok =
      fresh &&
      follower.codeHash !== null &&
      follower.codeAttempts < MAX_ATTEMPTS &&
      timingSafeEqual(Buffer.from(follower.codeHash), given);
    if (!ok) {
      const attempts = follower.codeAttempts + 1;
      await updateFollower(tx, tenantId, openId, {
        codeAttempts: attempts,
        // Too many tries: the code is gone, a new one must be asked for.
        ...(attempts >= MAX_ATTEMPTS ? { codeHash: null, pendingCustomerId: null } : {}),
      });
      return wechatText("bind_wrong_code", locale);
    }
    const customer = await findCustomer(tx, tenantId, follower.pendingCustomerId);
    await updateFollower(tx, tenantId, openId, {
      customerId: follower.pendingCustomerId,
      boundBy: "code",
      boundAt: now,
      pendingCustomerId: null,
      codeHash: null,
      codeExpiresAt: null,
      codeAttempts: 0,
    });
    return wechatText("bind_done", customer?.locale ?? locale, { name: customer?.name ?? "" });
  }
  return null;
}

type CodePlan = { to: string; body: string; key: string; ticketNumber: string };

// The code is made here, in prepare, so it exists only as a hash in the database and in the plan
// (cleared when the job finishes); a retry sends the same code with the same key.
export const bindCodeJob = defineOutboundJob({
  kind: "wechat.bind_code",
  payload: z.object({
    tenantId: z.string(),
    openId: z.string(),
    customerId: z.string(),
    locale: z.enum(["zh-CN", "en"]),
  }),
  maxAttempts: 3,
  async prepare(p, { tx, now, jobId }): Promise<CodePlan | null> {
    const follower = await findFollower(tx, p.tenantId, p.openId);
    if (follower?.pendingCustomerId !== p.customerId) return null;
    const customer = await findCustomer(tx, p.tenantId, p.customerId);
    if (!customer?.phone) return null;
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    await updateFollower(tx, p.tenantId, p.openId, {
      codeHash: codeHash(p.tenantId, p.openId, code),
      codeExpiresAt: new Date(now.getTime() + CODE_TTL_MS),
      codeAttempts: 0,
    });
    const body = wechatText("bind_code_sms", customer.locale ?? p.locale, { code });
    return { to: customer.phone, body, key: `wechat-bind-${jobId}`, ticketNumber: "" };
  },
  async send(plan, { s }) {
    return messageSenderFromEnv(s.logger).send({ ...plan, idempotencyKey: plan.key });
  },
  async record() {},
});
