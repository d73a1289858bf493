import type { Entitlement } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial } from "../../products/index.js";
import { refundFor } from "../refund.js";
import { listRmaSteps, type RmaRow } from "../rma.repository.js";
import { toRmaDto } from "../rma-view.js";

export async function rmaDto(s: Services, actor: Actor, rma: RmaRow) {
  const [steps, unit] = await Promise.all([
    listRmaSteps(s.db, actor.tenantId, rma.id),
    findUnitBySerial(s.db, actor.tenantId, rma.unitSerial),
  ]);
  const suggestedRefund =
    rma.kind === "return" && unit ? refundFor(unit.invoicePrice, rma.entitlement as Entitlement) : undefined;
  return toRmaDto(rma, steps, actor, {
    category: unit?.productSanbaoCategory ?? null,
    ...(suggestedRefund !== undefined ? { suggestedRefund } : {}),
  });
}
