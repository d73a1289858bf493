import { z } from "zod";
import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { defineJob, enqueue } from "../../../platform/jobs/queue.js";
import { findUser } from "../../auth/index.js";
import {
  expirePresence,
  findPresence,
  getSettings,
  oldestOnlineSeen,
  touchPresence,
  upsertPresence,
} from "../routing.repository.js";
import type { PresenceStatus } from "../routing.tables.js";
import { drainQueue } from "./auto-assign.js";
import { drainAfterCommit } from "./drain-after-commit.js";

const MINUTE = 60_000;

// One sweep per tenant per minute at most: the key carries the minute it is due.
async function scheduleSweep(tx: Db, tenantId: string, runAt: Date): Promise<void> {
  const key = `presence-sweep:${tenantId}:${runAt.toISOString().slice(0, 16)}`;
  await enqueue(tx, presenceSweepJob, { tenantId }, { tenantId, runAt, singletonKey: key });
}

export async function setPresence(s: Services, actor: Actor, userId: string, status: PresenceStatus) {
  const self = actor.userId === userId;
  if (!self && actor.role !== "supervisor" && actor.role !== "admin")
    throw new AppError("routing.presence_forbidden");
  const user = await findUser(s.db, actor.tenantId, userId);
  if (!user || !isStaff(user.role)) throw new AppError("user.not_found");
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const before = await findPresence(tx, actor.tenantId, userId);
    await upsertPresence(tx, actor.tenantId, userId, status, now);
    let assigned = 0;
    if (status === "online") {
      const settings = await getSettings(tx, actor.tenantId);
      await scheduleSweep(
        tx,
        actor.tenantId,
        new Date(now.getTime() + settings.presenceTimeoutMinutes * MINUTE),
      );
      // Someone eligible came online: the queue may move now. Routing locks before the audit append.
      assigned = await drainQueue(tx, s, actor.tenantId, now);
      // A ticket committed after this transaction read the queue was routed after its own commit
      // while this agent still looked offline to it: one more pass once this change is visible.
      await drainAfterCommit(tx, s, actor.tenantId);
    }
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "presence.changed",
      entityType: "user",
      entityId: userId,
      data: { from: before?.status ?? "offline", to: status, assigned },
      at: now,
    });
    return { userId, status, lastSeenAt: now.toISOString(), assigned };
  });
}

export async function heartbeat(s: Services, actor: Actor) {
  const row = await touchPresence(s.db, actor.tenantId, actor.userId, s.clock.now());
  return { status: row?.status ?? "offline", lastSeenAt: row?.lastSeenAt.toISOString() ?? null };
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

export async function presenceOf(s: Services, actor: Actor) {
  const row = await findPresence(s.db, actor.tenantId, actor.userId);
  return {
    userId: actor.userId,
    status: row?.status ?? "offline",
    lastSeenAt: row?.lastSeenAt.toISOString() ?? null,
  };
}

// Defined beside the use case that schedules it (a separate file would be an import cycle).
export const presenceSweepJob = defineJob({
  kind: "routing.presence_sweep",
  payload: z.object({ tenantId: z.string() }),
  async handle(payload, { tx, s, now }) {
    await sweepPresence(tx, s, payload.tenantId, now);
  },
});
