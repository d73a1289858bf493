import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { outletExists } from "../../tenancy/index.js";
import { CUSTOMER_CHANGED } from "../customer-events.js";
import { customerVisibility, findCustomer, updateCustomer } from "../customers.repository.js";
import type { TUpdateCustomer } from "../customers.schemas.js";
import { toCustomerDto } from "./customer-dto.js";

export async function patchCustomer(s: Services, actor: Actor, id: string, input: TUpdateCustomer) {
  if (input.outletId && !(await outletExists(s.db, actor.tenantId, input.outletId)))
    throw new AppError("outlet.not_found");
  // Dealers may correct contact data of their own customers, not tier or outlet.
  const patch =
    actor.role === "dealer"
      ? {
          name: input.name,
          kind: input.kind,
          email: input.email,
          phone: input.phone,
          preferredChannel: input.preferredChannel,
          locale: input.locale,
          divisionCode: input.divisionCode,
          street: input.street,
          lat: input.lat,
          lng: input.lng,
        }
      : input;
  return s.db.transaction(async (tx) => {
    const existing = await findCustomer(tx, actor.tenantId, id, customerVisibility(actor));
    if (!existing) throw new AppError("customer.not_found");
    const now = s.clock.now();
    const row = await updateCustomer(tx, actor.tenantId, id, { ...patch, updatedAt: now });
    if (!row) throw new AppError("customer.not_found");
    await s.events.emit(tx, CUSTOMER_CHANGED, {
      tenantId: actor.tenantId,
      before: existing,
      after: row,
      actor: { userId: actor.userId, role: actor.role },
      at: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "customer.updated",
      entityType: "customer",
      entityId: id,
      data: patch,
      at: now,
    });
    return toCustomerDto(row);
  });
}
