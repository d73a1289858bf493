import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { defineJob, enqueue } from "../../../platform/jobs/queue.js";
import { expirePresence, oldestOnlineSeen } from "../../presence/index.js";
import { getSettings } from "../assignment.repository.js";
import { drainQueue } from "./drain-queue.js";

export const MINUTE = 60_000;

// One sweep per tenant per minute at most: the key carries the minute it is due.
export async function scheduleSweep(tx: Db, tenantId: string, runAt: Date): Promise<void> {
  const key = `presence-sweep:${tenantId}:${runAt.toISOString().slice(0, 16)}`;
  await enqueue(tx, presenceSweepJob, { tenantId }, { tenantId, runAt, singletonKey: key });
}

// The periodic job: online agents silent for longer than the timeout go offline, and whatever
// waits in the queue while someone has room is routed (a creation whose after-commit routing was
// cut off by a crash is caught here within a minute).
export async function sweepPresence(tx: Db, s: Services, tenantId: string, now: Date): Promise<string[]> {
  const settings = await getSettings(tx, tenantId);
  const timeout = settings.presenceTimeoutMinutes * MINUTE;
  const expired = await expirePresence(tx, tenantId, new Date(now.getTime() - timeout), now);
  for (const userId of expired) {
    await appendAudit(tx, {
      tenantId,
      actorId: null,
      action: "presence.changed",
      entityType: "user",
      entityId: userId,
      data: { from: "online", to: "offline", reason: "inactive" },
      at: now,
    });
  }
  const oldest = await oldestOnlineSeen(tx, tenantId);
  if (oldest) await drainQueue(tx, s, tenantId, now, 250);
  if (oldest)
    await scheduleSweep(tx, tenantId, new Date(Math.max(oldest.getTime() + timeout, now.getTime() + MINUTE)));
  return expired;
}

// Defined beside the use case that schedules it (a separate file would be an import cycle).
export const presenceSweepJob = defineJob({
  kind: "routing.presence_sweep",
  payload: z.object({ tenantId: z.string() }),
  async handle(payload, { tx, s, now }) {
    await sweepPresence(tx, s, payload.tenantId, now);
  },
});
