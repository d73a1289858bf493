import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { contactPhoneDigits, findCustomer } from "../../customers/index.js";
import { changeUnitOwner, findUnitBySerial, UNIT_BOUGHT } from "../../products/index.js";
import {
  closeTransferOffers,
  insertTransferOffer,
  listTransferOffers,
  lockTransferOffer,
} from "../transfer-offers.repository.js";

// The owner offers their unit to someone known by e-mail or phone. Nothing is looked up about
// the address here: the answer is the same whether it belongs to a customer or not, and the unit
// stays the owner's until a customer with that address accepts.
export async function offerTransfer(
  s: Services,
  actor: Actor,
  serial: string,
  input: { email?: string; phone?: string },
) {
  const customerId = actor.customerId ?? "-";
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial, customerId);
  if (!unit) throw new AppError("unit.not_found", { serial });
  if (!input.email && !input.phone) throw new AppError("unit.transfer_target_required");
  const id = newId("uto");
  const email = input.email?.trim().toLowerCase() || null;
  const phoneDigits = input.phone ? contactPhoneDigits(input.phone) : null;
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await insertTransferOffer(tx, {
      id,
      tenantId: actor.tenantId,
      unitId: unit.id,
      serial,
      fromCustomerId: customerId,
      email,
      phoneDigits: email ? null : phoneDigits,
      status: "pending",
      createdAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit.transfer_offered",
      entityType: "unit",
      entityId: unit.id,
      data: { serial, offerId: id, from: customerId, email, phoneDigits: email ? null : phoneDigits },
      at: now,
    });
  });
  return { serial, transferred: false, pending: true, offerId: id };
}

async function me(s: Services, actor: Actor) {
  const row = await findCustomer(s.db, actor.tenantId, actor.customerId ?? "-");
  if (!row) throw new AppError("customer.not_found");
  return row;
}

// A customer's outgoing offers (any status) and the pending ones addressed to them.
export async function transferOffersFor(s: Services, actor: Actor) {
  const self = await me(s, actor);
  const rows = await listTransferOffers(s.db, actor.tenantId, {
    customerId: self.id,
    email: self.email,
    phoneDigits: self.phoneDigits,
  });
  return rows.map((r) => {
    const outgoing = r.fromCustomerId === self.id;
    return {
      id: r.id,
      serial: r.serial,
      direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
      status: r.status as "pending" | "accepted" | "cancelled",
      // The owner sees the address they typed; the recipient knows their own.
      to: outgoing ? (r.email ?? r.phoneDigits) : null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

// The recipient — a customer whose e-mail or phone is the one the owner named — takes the unit.
// Anyone else gets "not found", the same as for an offer that does not exist.
export async function acceptTransfer(s: Services, actor: Actor, id: string) {
  const self = await me(s, actor);
  const serial = await s.db.transaction(async (tx) => {
    const offer = await lockTransferOffer(tx, actor.tenantId, id);
    const addressedToMe =
      offer &&
      offer.fromCustomerId !== self.id &&
      ((offer.email !== null && offer.email === self.email?.toLowerCase()) ||
        (offer.phoneDigits !== null && offer.phoneDigits === self.phoneDigits));
    if (!offer || !addressedToMe) throw new AppError("unit.transfer_offer_not_found");
    if (offer.status !== "pending") throw new AppError("unit.transfer_offer_closed");
    const unit = await findUnitBySerial(tx, actor.tenantId, offer.serial, offer.fromCustomerId);
    if (!unit) throw new AppError("unit.transfer_offer_closed");
    const now = s.clock.now();
    const { fromCustomerId } = await changeUnitOwner(tx, actor.tenantId, offer.serial, {
      toCustomerId: self.id,
      actorId: actor.userId,
      reason: `offer ${offer.id}`,
      at: now,
    });
    // The unit's purchase day moves with it (customer KPIs).
    for (const customerId of [fromCustomerId, self.id])
      await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId });
    await closeTransferOffers(tx, actor.tenantId, offer.unitId, {
      acceptedId: offer.id,
      acceptedBy: self.id,
      at: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit.transfer_accepted",
      entityType: "unit",
      entityId: offer.unitId,
      data: { serial: offer.serial, offerId: offer.id, from: offer.fromCustomerId, to: self.id },
      at: now,
    });
    return offer.serial;
  });
  return { serial, transferred: true, pending: false };
}
