import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { outletExists } from "../../tenancy/index.js";
import { CUSTOMER_CHANGED } from "../customer-events.js";
import {
  type CustomerRow,
  customerVisibility,
  findCustomer,
  insertCustomer,
  updateCustomer,
} from "../customers.repository.js";
import type { TCreateCustomer, TUpdateCustomer } from "../customers.schemas.js";

export function toCustomerDto(c: CustomerRow) {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    email: c.email,
    phone: c.phone,
    tier: c.tier,
    outletId: c.outletId,
    preferredChannel: c.preferredChannel,
    locale: c.locale,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    erasedAt: c.erasedAt?.toISOString() ?? null,
  };
}

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

export async function getCustomer(s: Services, actor: Actor, id: string) {
  const row = await findCustomer(s.db, actor.tenantId, id, customerVisibility(actor));
  if (!row) throw new AppError("customer.not_found");
  return toCustomerDto(row);
}

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
