import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { SIGNATURE_HEADER, signWebhook } from "../../../../shared/webhook-signature.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob } from "../../../platform/jobs/queue.js";
import { users } from "../../auth/index.js";
import { insertNotification } from "../../workspace/index.js";
import { assertPublicDestination } from "../webhook-url.js";
import {
  findDelivery,
  findSubscription,
  lockSubscription,
  updateDelivery,
  updateSubscription,
} from "../webhooks.repository.js";

const TIMEOUT_MS = 10_000;
const SNIPPET_CHARS = 500;

// Waits after failed attempt 1, 2, …: the 9th and last attempt comes about 23.6 h after the first,
// so a receiver that is down for most of a day still gets the event.
export const RETRY_WAITS_SECONDS = [60, 300, 1800, 3600, 7200, 14_400, 28_800, 28_800];
export const MAX_ATTEMPTS = RETRY_WAITS_SECONDS.length + 1;

// Why a subscription was turned off (the admin list shows it; the web app translates the code).
const DISABLED_BY_FAILURES = "persistent_failure";

type Plan = { tenantId: string; deliveryId: string };
type Result = { status: number; snippet: string } | { skipped: string };

class DeliveryFailed extends Error {}

// Only the start of the answer is read: a receiver cannot make us hold a huge body in memory.
async function readSnippet(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < SNIPPET_CHARS * 4) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    // a broken or timed-out body leaves what was read
  } finally {
    reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).toString("utf8").slice(0, SNIPPET_CHARS);
}

// One POST of a delivery's stored payload, signed at the moment of sending (a retry hours later
// carries a fresh timestamp, so receivers can refuse old ones). Redirects are not followed: a
// redirect could lead to an address the URL check refused.
async function post(
  url: string,
  secret: string,
  deliveryId: string,
  eventType: string,
  body: string,
  now: Date,
) {
  return fetch(url, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: {
      "content-type": "application/json",
      "user-agent": "Aftercare-Webhooks/1",
      [SIGNATURE_HEADER]: signWebhook(secret, body, now),
      "Aftercare-Event": eventType,
      "Aftercare-Delivery": deliveryId,
    },
    body,
  });
}

export const deliverWebhookJob = defineOutboundJob({
  kind: "webhooks.deliver",
  payload: z.object({ tenantId: z.string(), deliveryId: z.string() }),
  maxAttempts: MAX_ATTEMPTS,
  backoffSeconds: (attempt) => RETRY_WAITS_SECONDS[attempt - 1] ?? RETRY_WAITS_SECONDS.at(-1) ?? 3600,
  async prepare(p, { tx }): Promise<Plan | null> {
    const delivery = await findDelivery(tx, p.tenantId, p.deliveryId);
    if (delivery?.status !== "queued") return null;
    return { tenantId: p.tenantId, deliveryId: p.deliveryId };
  },
  // No transaction here: the delivery and its subscription are read now (a rotated secret or a
  // turned-off subscription counts from the next attempt); a failed attempt is noted on the
  // delivery at once, then thrown, so the job queue retries with back-off.
  async send(plan, { s, attempt }): Promise<Result> {
    const delivery = await findDelivery(s.db, plan.tenantId, plan.deliveryId);
    if (!delivery) return { skipped: "delivery_deleted" };
    const sub = await findSubscription(s.db, plan.tenantId, delivery.subscriptionId);
    if (!sub) return { skipped: "subscription_deleted" };
    if (!sub.active) return { skipped: "subscription_disabled" };
    const now = s.clock.now();
    const body = JSON.stringify(delivery.payload);
    let status = 0;
    let snippet = "";
    let error: string;
    try {
      await assertPublicDestination(sub.url, s.config.webhookAllowPrivate);
      const res = await post(sub.url, sub.secret, delivery.id, delivery.eventType, body, now);
      status = res.status;
      snippet = await readSnippet(res);
      if (res.status >= 200 && res.status < 300) return { status, snippet };
      error = `HTTP ${res.status}`;
    } catch (err) {
      error =
        err instanceof Error
          ? err.name === "TimeoutError"
            ? "timeout after 10 s"
            : err.message
          : String(err);
    }
    await updateDelivery(s.db, plan.tenantId, delivery.id, {
      attempts: attempt,
      lastStatusCode: status || null,
      lastError: error.slice(0, 500),
      responseSnippet: snippet || null,
      lastAttemptAt: now,
    });
    await noteFailing(s.db, plan.tenantId, sub.id, sub.failingSince, now);
    throw new DeliveryFailed(error);
  },
  async record(plan, result, { tx, now, attempt }) {
    const delivery = await findDelivery(tx, plan.tenantId, plan.deliveryId);
    if (!delivery) return;
    if ("skipped" in result) {
      await updateDelivery(tx, plan.tenantId, delivery.id, { status: "failed", lastError: result.skipped });
      return;
    }
    await updateDelivery(tx, plan.tenantId, delivery.id, {
      status: "sent",
      attempts: attempt,
      lastStatusCode: result.status,
      lastError: null,
      responseSnippet: result.snippet || null,
      lastAttemptAt: now,
      deliveredAt: now,
    });
    // Any success ends a run of failures.
    await updateSubscription(tx, plan.tenantId, delivery.subscriptionId, { failingSince: null });
  },
  async failed(plan, error, { tx, now }) {
    const delivery = await findDelivery(tx, plan.tenantId, plan.deliveryId);
    if (!delivery) return;
    await updateDelivery(tx, plan.tenantId, delivery.id, { status: "failed", lastError: error });
    await disableIfPersistentlyFailing(tx, plan.tenantId, delivery.subscriptionId, now);
  },
});

async function noteFailing(db: Db, tenantId: string, subscriptionId: string, since: Date | null, now: Date) {
  if (since) return;
  await updateSubscription(db, tenantId, subscriptionId, { failingSince: now });
}

// The rule: a delivery has used all its attempts (about 24 h of retries) and nothing reached the
// subscription since its first failure. Then the subscription is turned off, the reason is kept
// on it, the audit log records it and every active admin of the tenant gets a notification.
async function disableIfPersistentlyFailing(tx: Db, tenantId: string, subscriptionId: string, now: Date) {
  const sub = await lockSubscription(tx, tenantId, subscriptionId);
  if (!sub?.active || !sub.failingSince) return;
  await updateSubscription(tx, tenantId, sub.id, { active: false, disabledReason: DISABLED_BY_FAILURES });
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, "admin"), eq(users.active, true)));
  for (const admin of admins)
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId,
      userId: admin.id,
      kind: "webhook_disabled",
      ticketId: null,
      data: { subscriptionId: sub.id, url: sub.url, failingSince: sub.failingSince.toISOString() },
      createdAt: now,
    });
  await appendAudit(tx, {
    tenantId,
    actorId: null,
    action: "webhook.disabled",
    entityType: "webhook",
    entityId: sub.id,
    data: { url: sub.url, reason: DISABLED_BY_FAILURES, failingSince: sub.failingSince.toISOString() },
    at: now,
  });
}
