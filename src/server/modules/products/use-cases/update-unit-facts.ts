import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial, updateUnitRow } from "../products.repository.js";
import type { TUpdateUnitFacts } from "../products.schemas.js";
import { tenantToday, toUnitDto } from "./unit-dto.js";
import { factColumns } from "./unit-fact-columns.js";

// Staff record the 三包 facts of a unit (invoice, delivery or installation, sale channel, documents).
export async function updateUnitFacts(s: Services, actor: Actor, serial: string, input: TUpdateUnitFacts) {
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit) throw new AppError("unit.not_found", { serial });
  const today = await tenantToday(s, actor.tenantId);
  for (const d of [input.invoiceDate, input.deliveryDate])
    if (d && d > today) throw new AppError("unit.purchase_in_future");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await updateUnitRow(tx, actor.tenantId, unit.id, factColumns(input));
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit.facts_updated",
      entityType: "unit",
      entityId: unit.id,
      data: input,
      at: now,
    });
  });
  const after = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!after) throw new AppError("unit.not_found", { serial });
  return toUnitDto(after, today);
}
