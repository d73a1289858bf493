import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { deleteReport, findVisibleReport } from "../report.repository.js";

// Deletes a report: its owner only (the roles it is shared with only read it).
export async function removeReport(s: Services, actor: Actor, id: string): Promise<void> {
  const existing = await findVisibleReport(s.db, actor, id);
  if (!existing) throw new AppError("analytics.report_not_found");
  if (existing.ownerId !== actor.userId) throw new AppError("analytics.report_not_owner");
  const now = s.clock.now();
  await s.db.transaction(async (tx) => {
    await deleteReport(tx, actor.tenantId, id);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.report_deleted",
      entityType: "report",
      entityId: id,
      data: { name: existing.name },
      at: now,
    });
  });
}
