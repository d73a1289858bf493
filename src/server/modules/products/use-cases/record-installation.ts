import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { updateUnitRow } from "../products.repository.js";

// An installation finished on site (the service report's date): for goods whose 三包 period starts
// at installation (seed 003 §2.3, the engine's `startAt: "installation"`) the period starts then.
// Runs in the caller's transaction, so the date is recorded only with the committed check-out.
export async function recordInstallation(
  tx: Db,
  input: { tenantId: string; unitId: string; date: string; actorId: string; visitId: string; at: Date },
) {
  await updateUnitRow(tx, input.tenantId, input.unitId, { deliveryDate: input.date });
  await appendAudit(tx, {
    tenantId: input.tenantId,
    actorId: input.actorId,
    action: "unit.installed",
    entityType: "unit",
    entityId: input.unitId,
    data: { deliveryDate: input.date, visitId: input.visitId },
    at: input.at,
  });
}
