import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerExists, findCustomerByContact } from "../../customers/index.js";
import { changeUnitOwner, UNIT_BOUGHT } from "../../products/index.js";
import { offerTransfer } from "./transfer-offers.js";

export type TransferInput = { customerId?: string; email?: string; phone?: string; reason?: string };

// The owner offers their unit to someone they know by e-mail or phone (a sale, a gift), who
// accepts it; staff move any unit at once, with a reason (a proven conflicting claim). The previous owner keeps their own
// tickets but no longer sees the unit or opens new tickets on it.
export async function transferUnit(s: Services, actor: Actor, serial: string, input: TransferInput) {
  const staff = isStaff(actor.role);
  if (staff && !input.reason?.trim()) throw new AppError("registration.reason_required");
  // The owner only offers the unit: whether the address is a customer's is never revealed.
  if (!staff) return offerTransfer(s, actor, serial, input);
  let toCustomerId: string | undefined;
  if (input.customerId) {
    if (!(await customerExists(s.db, actor.tenantId, input.customerId)))
      throw new AppError("customer.not_found");
    toCustomerId = input.customerId;
  } else if (input.email || input.phone) {
    const target = await findCustomerByContact(s.db, actor.tenantId, input);
    if (!target) throw new AppError("unit.transfer_target_not_found");
    toCustomerId = target.id;
  }
  if (!toCustomerId) throw new AppError("unit.transfer_target_required");
  const target = toCustomerId;
  await s.db.transaction(async (tx) => {
    const { fromCustomerId } = await changeUnitOwner(tx, actor.tenantId, serial, {
      toCustomerId: target,
      actorId: actor.userId,
      reason: input.reason?.trim() || null,
      at: s.clock.now(),
    });
    // The unit's purchase day moves with it (customer KPIs).
    for (const customerId of [fromCustomerId, target])
      await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId });
  });
  return { serial, transferred: true, pending: false };
}
