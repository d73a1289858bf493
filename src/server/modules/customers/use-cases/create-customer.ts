import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { outletExists } from "../../tenancy/index.js";
import { insertCustomer } from "../customers.repository.js";
import type { TCreateCustomer } from "../customers.schemas.js";
import { toCustomerDto } from "./customer-dto.js";

export async function createCustomer(s: Services, actor: Actor, input: TCreateCustomer) {
  // A dealer's customers always belong to the dealer's own outlet.
  const outletId = actor.role === "dealer" ? actor.outletId : (input.outletId ?? null);
  if (outletId && !(await outletExists(s.db, actor.tenantId, outletId)))
    throw new AppError("outlet.not_found");
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const row = await insertCustomer(tx, {
      id: newId("cus"),
      tenantId: actor.tenantId,
      name: input.name,
      kind: input.kind,
      email: input.email ?? null,
      phone: input.phone ?? null,
      tier: actor.role === "dealer" ? "standard" : (input.tier ?? "standard"),
      outletId,
      preferredChannel: input.preferredChannel ?? "email",
      locale: input.locale ?? null,
      divisionCode: input.divisionCode ?? null,
      street: input.street ?? null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "customer.created",
      entityType: "customer",
      entityId: row.id,
      data: { ...input, outletId },
      at: now,
    });
    return toCustomerDto(row);
  });
}
