import type { TRmaTransition } from "../../../../shared/api/rma.js";
import type { RmaAction, RmaKind, RmaStatus } from "../../../../shared/rma.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { deliverRmaOutbound, partsWaitDays, recordRmaShipment } from "../../parts/index.js";
import {
  findUnitBySerial,
  registerReplacementUnit,
  tenantToday,
  todayIn,
  UNIT_BOUGHT,
} from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { evaluateUnitEntitlement, recordUnitRepair } from "../../warranty/index.js";
import type { RmaRow } from "../rma.repository.js";
import { checkMove, FOLLOW_UP_WHEN } from "../rma-states.js";
import { getRma } from "./get-rma.js";
import { runRmaStep, type StepData } from "./rma-step.js";

// receive → (QA) → ship / refund → close. Shipping an exchange registers the replacement unit for
// the customer; shipping a repair records the repair in the unit's 三包 history.
export async function transitionRma(s: Services, actor: Actor, ref: string, input: TRmaTransition) {
  const today = await tenantToday(s, actor.tenantId);
  const timezone = (await tenantSettings(s.db, actor.tenantId))?.timezone ?? "UTC";
  const id = await runRmaStep(s, actor, ref, async (tx, rma, now) => {
    const kind = rma.kind as RmaKind;
    const move = checkMove(kind, rma.status as RmaStatus, input.action as RmaAction, rma.inspection !== null);
    if (!move.ok) {
      if (move.reason === "qa_required") throw new AppError("rma.qa_required");
      throw new AppError("rma.invalid_transition", { action: input.action, kind, status: rma.status });
    }
    const data: StepData = {};
    const patch: Partial<RmaRow> = {};
    if (input.action === "follow_up" && input.stage && input.outcome) {
      if (!FOLLOW_UP_WHEN[input.stage].includes(rma.status as RmaStatus))
        throw new AppError("rma.follow_up_stage_wrong", { stage: input.stage, status: rma.status });
      Object.assign(data, { stage: input.stage, outcome: input.outcome, notes: input.notes ?? null });
    }
    // Both legs of the unit's trip are shipments on the parts module's model, with their tracking.
    if (input.action === "receive" || input.action === "ship")
      await recordRmaShipment(tx, {
        tenantId: actor.tenantId,
        rmaId: rma.id,
        purpose: input.action === "receive" ? "rma_return" : "rma_outbound",
        carrier: input.carrier,
        trackingNo: input.trackingNo,
        at: now,
      });
    if (input.action === "close") await deliverRmaOutbound(tx, actor.tenantId, rma.id, now);
    if (input.action === "receive") {
      patch.receivedAt = now;
      if (input.trackingNo)
        Object.assign(data, { trackingNo: input.trackingNo, carrier: input.carrier ?? null });
    }
    if (input.action === "ship") {
      Object.assign(patch, { trackingNo: input.trackingNo, carrier: input.carrier ?? null });
      Object.assign(data, { trackingNo: input.trackingNo, carrier: input.carrier ?? null });
      const passed = (rma.inspection as { result?: string } | null)?.result === "pass";
      if (kind === "exchange" && passed) {
        if (!input.replacementSerial)
          throw new AppError("rma.replacement_required", {}, [
            { path: "replacementSerial", message: "rma.replacement_required" },
          ]);
        const original = await findUnitBySerial(tx, actor.tenantId, rma.unitSerial);
        if (!original) throw new AppError("unit.not_found", { serial: rma.unitSerial });
        await registerReplacementUnit(tx, actor.tenantId, original, {
          serial: input.replacementSerial,
          exchangedOn: today,
          at: now,
        });
        await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId: original.customerId });
        const replacement = await findUnitBySerial(tx, actor.tenantId, input.replacementSerial);
        // The customer is told the replacement's new 三包 end, as the engine counts it.
        const period = replacement
          ? (
              await evaluateUnitEntitlement(tx, actor.tenantId, replacement, {
                requestDate: today,
                fault: { kind: "none" },
              })
            ).period
          : undefined;
        patch.replacementSerial = input.replacementSerial;
        Object.assign(data, {
          replacementSerial: input.replacementSerial,
          replacementWarrantyEndsAt: period?.wholeUnitEndsAt ?? replacement?.warrantyEndsAt,
        });
      }
      if (kind === "repair" && passed) {
        // Days in repair (and waiting for parts) extend the 三包 period (部分商品三包规定 第八条).
        // The parts wait is what the parts module's back-orders for this ticket or RMA recorded,
        // unless staff entered a figure when shipping.
        const waitingPartsDays =
          input.waitingPartsDays ??
          (await partsWaitDays(tx, actor.tenantId, { ticketId: rma.ticketId, rmaId: rma.id }, now));
        await recordUnitRepair(
          tx,
          actor.tenantId,
          rma.unitId,
          {
            start: todayIn(timezone, rma.receivedAt ?? rma.createdAt),
            end: today,
            waitingPartsDays,
            delayCause: input.delayCause,
            problem: (rma.inspection as { faultCode?: string | null } | null)?.faultCode ?? undefined,
            source: rma.id,
          },
          now,
        );
      }
    }
    if (input.action === "refund" && input.amount) {
      const unit = await findUnitBySerial(tx, actor.tenantId, rma.unitSerial);
      const ceiling = unit?.invoicePrice ?? null;
      if (ceiling !== null && Number(input.amount) > Number(ceiling))
        throw new AppError("rma.refund_too_high", { price: ceiling });
      patch.refundAmount = input.amount;
      data.amount = input.amount;
    }
    return { action: input.action, to: move.to, patch, data };
  });
  return getRma(s, actor, id);
}
