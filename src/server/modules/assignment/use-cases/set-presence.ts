import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUser } from "../../auth/index.js";
import { findPresence, type PresenceStatus, upsertPresence } from "../../presence/index.js";
import { getSettings } from "../assignment.repository.js";
import { drainAfterCommit } from "./drain-after-commit.js";
import { drainQueue } from "./drain-queue.js";
import { MINUTE, scheduleSweep } from "./sweep-presence.js";

// An agent goes online, away or offline (themselves, or a supervisor for them); coming online
// schedules the timeout sweep and may move the queue at once.
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
