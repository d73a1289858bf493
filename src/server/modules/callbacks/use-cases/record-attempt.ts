import { and, eq } from "drizzle-orm";
import type { CallbackAttemptOutcome, CallbackDetail } from "../../../../shared/api/callbacks.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { recordCallback } from "../../tickets/index.js";
import { readCallbackSettings } from "../callback-settings.js";
import { lockCallback } from "../callbacks.repository.js";
import { callbackAttempts, callbacks } from "../callbacks.tables.js";
import { nextAttemptAt } from "../retry-schedule.js";
import { autoConfirmJob } from "./auto-confirm.js";
import { callingRules } from "./calling-rules.js";
import { getCallback } from "./get-callback.js";

// An unanswered call: the callback is due again per the tenant's retry plan, or, after the last
// allowed attempt, unreachable (and auto-confirmed by a job when the policy says so).
export async function recordAttempt(
  s: Services,
  actor: Actor,
  id: string,
  input: { outcome: CallbackAttemptOutcome; note?: string },
): Promise<CallbackDetail> {
  await s.db.transaction(async (tx) => {
    const cb = await lockCallback(tx, actor.tenantId, id);
    if (!cb) throw new AppError("callback.not_found");
    if (cb.status !== "open") throw new AppError("callback.closed");
    const now = s.clock.now();
    const settings = await readCallbackSettings(tx, actor.tenantId);
    const attempts = cb.attempts + 1;
    const rules = await callingRules(tx, actor.tenantId, settings);
    const next = nextAttemptAt(settings.retryPlan, attempts, cb.maxAttempts, now, rules);
    await tx
      .update(callbacks)
      .set({
        attempts,
        lastOutcome: input.outcome,
        status: next ? "open" : "unreachable",
        dueAt: next ?? cb.dueAt,
        closedAt: next ? null : now,
        closedBy: next ? null : actor.userId,
      })
      .where(and(eq(callbacks.tenantId, actor.tenantId), eq(callbacks.id, id)));
    await tx.insert(callbackAttempts).values({
      id: newId("cba"),
      tenantId: actor.tenantId,
      callbackId: id,
      outcome: input.outcome,
      note: input.note ?? null,
      byUser: actor.userId,
      nextDueAt: next,
      createdAt: now,
    });
    await recordCallback(tx, s, {
      tenantId: actor.tenantId,
      ticketId: cb.ticketId,
      actor,
      event: { type: "callback", data: { callbackId: id, outcome: input.outcome, attempt: attempts } },
      at: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "callback.attempted",
      entityType: "callback",
      entityId: id,
      data: { outcome: input.outcome, attempt: attempts, nextDueAt: next?.toISOString() ?? null },
      at: now,
    });
    if (!next && settings.autoConfirm)
      await enqueue(
        tx,
        autoConfirmJob,
        { tenantId: actor.tenantId, callbackId: id },
        { tenantId: actor.tenantId, runAt: now, singletonKey: `callback-auto-confirm:${id}` },
      );
  });
  return getCallback(s, actor, id);
}
