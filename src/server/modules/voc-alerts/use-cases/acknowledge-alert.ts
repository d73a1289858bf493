import { and, eq } from "drizzle-orm";
import type { VocAlert } from "../../../../shared/api/voc-alerts.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findAlert } from "../voc-alerts.repository.js";
import { vocAlerts } from "../voc-alerts.tables.js";

// A manager has seen the alert and taken it on (acknowledging twice changes nothing).
export async function acknowledgeAlert(s: Services, actor: Actor, id: string): Promise<VocAlert> {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const done = await tx
      .update(vocAlerts)
      .set({ status: "acknowledged", acknowledgedAt: now, acknowledgedBy: actor.userId })
      .where(and(eq(vocAlerts.tenantId, actor.tenantId), eq(vocAlerts.id, id), eq(vocAlerts.status, "open")))
      .returning({ id: vocAlerts.id });
    if (done.length === 0) return;
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "voc_alert.acknowledged",
      entityType: "voc_alert",
      entityId: id,
      data: {},
      at: now,
    });
  });
  const alert = await findAlert(s.db, actor.tenantId, id);
  if (!alert) throw new AppError("voc_alert.not_found");
  return alert;
}
