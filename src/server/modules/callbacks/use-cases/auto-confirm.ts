import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import { defineJob } from "../../../platform/jobs/queue.js";
import { recordCallback } from "../../tickets/index.js";
import { readCallbackSettings } from "../callback-settings.js";
import { lockCallback } from "../callbacks.repository.js";
import { callbacks } from "../callbacks.tables.js";

// The customer could not be reached after the last allowed attempt: when the tenant's policy says
// so, the ticket is confirmed (closed) by the system, and its history says why.
export const autoConfirmJob = defineJob({
  kind: "callbacks.auto_confirm",
  payload: z.object({ tenantId: z.string(), callbackId: z.string() }),
  async handle(p, { tx, s, now }) {
    const cb = await lockCallback(tx, p.tenantId, p.callbackId);
    if (cb?.status !== "unreachable" || cb.result !== null) return;
    const settings = await readCallbackSettings(tx, p.tenantId);
    if (!settings.autoConfirm) return;
    const reason = `auto-confirmed after ${cb.attempts} unanswered callbacks / ${cb.attempts} 次回访未接通，自动确认`;
    await tx
      .update(callbacks)
      .set({ result: "auto_confirmed", reason, closedAt: now })
      .where(and(eq(callbacks.tenantId, p.tenantId), eq(callbacks.id, cb.id)));
    await recordCallback(tx, s, {
      tenantId: p.tenantId,
      ticketId: cb.ticketId,
      actor: null,
      event: {
        type: "callback",
        data: { callbackId: cb.id, outcome: "auto_confirmed", attempt: cb.attempts, reason },
      },
      settle: "auto_confirm",
      at: now,
    });
    await appendAudit(tx, {
      tenantId: p.tenantId,
      actorId: null,
      action: "callback.auto_confirmed",
      entityType: "callback",
      entityId: cb.id,
      data: { ticketId: cb.ticketId, attempts: cb.attempts },
      at: now,
    });
  },
});
