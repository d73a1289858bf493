import type { RmaKind, RmaStatus } from "../../../../shared/rma.js";
import type { RmaSla } from "../../../../shared/rma-sla.js";
import type { Entitlement } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { rmaShipments } from "../../parts/index.js";
import { findUnitBySerial } from "../../products/index.js";
import { type AddWorkingDays, workingDaysAdder } from "../../sla/index.js";
import { tenantRmaSla } from "../../warranty/index.js";
import { refundFor } from "../refund.js";
import { listRmaSteps, type RmaRow } from "../rma.repository.js";
import { rmaDue } from "../rma-sla.js";
import { toRmaDto } from "../rma-view.js";

export type RmaClock = { sla: RmaSla; addDays: AddWorkingDays };

// The tenant's step targets and the working days they are counted in.
export async function rmaClock(s: Services, tenantId: string): Promise<RmaClock> {
  const sla = await tenantRmaSla(s.db, tenantId);
  return { sla, addDays: await workingDaysAdder(s.db, tenantId, sla.calendarId) };
}

// An RMA as the API answers it: its steps, the unit's category, the open step's SLA target and, for
// a return, the suggested refund. A list passes the tenant's SLA targets once for all rows.
export async function rmaDto(s: Services, actor: Actor, rma: RmaRow, slaGiven?: RmaClock) {
  const [steps, shipments, unit, clock] = await Promise.all([
    listRmaSteps(s.db, actor.tenantId, rma.id),
    rmaShipments(s.db, actor.tenantId, rma.id),
    findUnitBySerial(s.db, actor.tenantId, rma.unitSerial),
    slaGiven ?? rmaClock(s, actor.tenantId),
  ]);
  const inspection = rma.inspection as { at?: string } | null;
  // The step that shipped or refunded it (a later follow-up call stays in that status).
  const sent = steps.findLast(
    (st) => (st.toStatus === "shipped" || st.toStatus === "refunded") && st.fromStatus !== st.toStatus,
  );
  const followedUp = steps.some(
    (st) => st.action === "follow_up" && st.data.stage === "after_shipment" && st.data.outcome === "reached",
  );
  const due = rmaDue(
    {
      kind: rma.kind as RmaKind,
      status: rma.status as RmaStatus,
      receivedAt: rma.receivedAt,
      inspectedAt: inspection?.at ?? null,
      sentAt: sent?.at ?? null,
      followedUp,
    },
    clock.sla,
    s.clock.now(),
    clock.addDays,
  );
  const suggestedRefund =
    rma.kind === "return" && unit ? refundFor(unit.invoicePrice, rma.entitlement as Entitlement) : undefined;
  return toRmaDto(rma, steps, actor, {
    category: unit?.productSanbaoCategory ?? null,
    due,
    shipments,
    ...(suggestedRefund !== undefined ? { suggestedRefund } : {}),
  });
}
