import type { RmaShipment } from "../../../shared/api/parts.js";
import type { TRma } from "../../../shared/api/rma.js";
import { checklistFor, type RmaKind, type RmaStatus } from "../../../shared/rma.js";
import type { RmaDue } from "../../../shared/rma-sla.js";
import { isStaff } from "../../../shared/roles.js";
import type { Actor } from "../../platform/http/actor.js";
import type { RmaRow, RmaStepRow } from "./rma.repository.js";

// What a step's data shows a customer: progress, tracking, the replacement and the refund; never an
// override reason, QA notes, fault code or signature.
const EXTERNAL_STEP_FIELDS = [
  "result",
  "carrier",
  "trackingNo",
  "replacementSerial",
  "replacementWarrantyEndsAt",
  "amount",
] as const;

function stepData(data: Record<string, unknown>, staff: boolean): Record<string, unknown> {
  if (staff) return data;
  const out: Record<string, unknown> = {};
  for (const key of EXTERNAL_STEP_FIELDS) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

export function toRmaDto(
  rma: RmaRow,
  steps: RmaStepRow[],
  actor: Actor,
  extra: {
    category: string | null;
    suggestedRefund?: string | null;
    due: RmaDue[];
    shipments: RmaShipment[];
  },
): TRma {
  const staff = isStaff(actor.role);
  const inspection = rma.inspection as TRma["inspection"];
  return {
    id: rma.id,
    number: rma.number,
    kind: rma.kind as RmaKind,
    status: rma.status as RmaStatus,
    ticketId: rma.ticketId,
    ticketNumber: rma.ticketNumber,
    customerId: rma.customerId,
    unitSerial: rma.unitSerial,
    category: extra.category,
    entitlement: rma.entitlement,
    entitled: rma.entitled,
    ...(staff
      ? { override: rma.overrideReason ? { reason: rma.overrideReason, by: rma.overrideBy } : null }
      : {}),
    inspection: inspection ? (staff ? inspection : { result: inspection.result, at: inspection.at }) : null,
    carrier: rma.carrier,
    trackingNo: rma.trackingNo,
    replacementSerial: rma.replacementSerial,
    refundAmount: rma.refundAmount,
    ...(extra.suggestedRefund !== undefined ? { suggestedRefund: extra.suggestedRefund } : {}),
    checklist: [...checklistFor(extra.category)],
    due: extra.due,
    // Tracking is the customer's to see: carrier, number, status and events, nothing staff-only.
    shipments: extra.shipments,
    steps: steps.map((st) => {
      const { actorName, ...data } = st.data as Record<string, unknown> & { actorName?: string };
      return {
        action: st.action,
        from: st.fromStatus,
        to: st.toStatus,
        actorId: staff ? st.actorId : null,
        actorName: staff && typeof actorName === "string" ? actorName : null,
        at: st.at.toISOString(),
        data: stepData(data, staff),
      };
    }),
    createdAt: rma.createdAt.toISOString(),
    updatedAt: rma.updatedAt.toISOString(),
  };
}
