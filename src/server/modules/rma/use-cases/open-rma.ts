import type { TOpenRma } from "../../../../shared/api/rma.js";
import type { RmaKind } from "../../../../shared/rma.js";
import type { Entitlement } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUnitBySerial, todayIn } from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { findTicket, recordRmaStep, ticketVisibility } from "../../tickets/index.js";
import { evaluateUnitEntitlement } from "../../warranty/index.js";
import { insertRma, insertRmaStep, nextRmaNumber } from "../rma.repository.js";
import { getRma } from "./get-rma.js";

const OVERRIDERS = ["supervisor", "admin"] as const;

// Which remedies of the engine's answer let an RMA of this kind go ahead.
const GRANTED_BY: Record<RmaKind, readonly string[]> = {
  repair: ["repair", "assembly_replacement"],
  exchange: ["exchange"],
  return: ["return", "no_reason_return"],
};

const grants = (e: Entitlement, kind: RmaKind): boolean =>
  e.exclusion === null && e.remedies.some((r) => GRANTED_BY[kind].includes(r.remedy));

// Opens a repair, exchange or return order from a ticket, authorised against the 三包 engine (or a
// supervisor's override with a reason). The order, its first step, the ticket's history event and
// the audit entry are one transaction.
export async function openRma(s: Services, actor: Actor, ref: string, input: TOpenRma) {
  if (input.override && !(OVERRIDERS as readonly string[]).includes(actor.role))
    throw new AppError("rma.override_forbidden");
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  if (!ticket.unitSerial) throw new AppError("rma.unit_required");
  const unit = await findUnitBySerial(s.db, actor.tenantId, ticket.unitSerial);
  if (!unit) throw new AppError("rma.unit_required");
  const timezone = (await tenantSettings(s.db, actor.tenantId))?.timezone ?? "UTC";
  // The fault was reported when the ticket was opened: that day counts for the 7- and 15-day rules.
  const entitlement = await evaluateUnitEntitlement(s.db, actor.tenantId, unit, {
    requestDate: todayIn(timezone, ticket.createdAt),
    fault: input.fault ?? { kind: "performance_fault", cause: "quality" },
  });
  const entitled = grants(entitlement, input.kind);
  if (!entitled && !input.override) throw new AppError("rma.not_entitled", { kind: input.kind });
  const id = await s.db.transaction(async (tx) => {
    const locked = await findTicket(tx, actor.tenantId, ticket.id, undefined, true);
    if (!locked) throw new AppError("ticket.not_found");
    const now = s.clock.now();
    const number = await nextRmaNumber(tx, actor.tenantId);
    const rma = await insertRma(tx, {
      id: newId("rma"),
      tenantId: actor.tenantId,
      number,
      ticketId: locked.id,
      ticketNumber: locked.number,
      customerId: unit.customerId,
      unitId: unit.id,
      unitSerial: unit.serial,
      kind: input.kind,
      status: "authorised",
      entitlement,
      entitled,
      overrideReason: entitled ? null : (input.override?.reason ?? null),
      overrideBy: entitled ? null : actor.userId,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertRmaStep(tx, {
      id: newId("rms"),
      tenantId: actor.tenantId,
      rmaId: rma.id,
      action: entitled ? "authorise" : "override",
      fromStatus: null,
      toStatus: "authorised",
      actorId: actor.userId,
      data: {
        actorName: actor.name,
        remedies: entitlement.remedies.map((r) => r.remedy),
        ...(entitled ? {} : { reason: input.override?.reason }),
      },
      at: now,
    });
    await recordRmaStep(
      tx,
      s,
      locked,
      actor,
      {
        type: "rma_opened",
        data: {
          rmaId: rma.id,
          number,
          kind: input.kind,
          status: "authorised",
          entitled,
          overrideReason: entitled ? null : (input.override?.reason ?? null),
        },
      },
      now,
    );
    return rma.id;
  });
  return getRma(s, actor, id);
}
