import { and, eq } from "drizzle-orm";
import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customerAccounts } from "../../auth/index.js";
import { customerVisibility } from "../../customers/index.js";
import { findUnitBySerial, insertProvenUnit, products, recordInvoiceProof } from "../../products/index.js";
import { insertNotification } from "../../workspace/index.js";
import { UNIT_REGISTERED } from "../registration-events.js";
import { toRegistrationDto } from "../registration-views.js";
import {
  findRegistration,
  listRegistrations,
  lockRegistration,
  updateRegistration,
} from "../registrations.repository.js";

export async function listRegistrationsFor(
  s: Services,
  actor: Actor,
  f: { status?: string; limit: number; afterId?: string },
) {
  const staff = isStaff(actor.role);
  const rows = await listRegistrations(s.db, actor.tenantId, {
    ...f,
    visibility: customerVisibility(actor),
  });
  return rows.map((r) => toRegistrationDto(r, staff));
}

async function visibleRegistration(s: Services, actor: Actor, id: string) {
  const row = await findRegistration(s.db, actor.tenantId, id, customerVisibility(actor));
  if (!row) throw new AppError("registration.not_found");
  return row;
}

export async function getRegistration(s: Services, actor: Actor, id: string) {
  return toRegistrationDto(await visibleRegistration(s, actor, id), isStaff(actor.role));
}

export async function registrationInvoice(s: Services, actor: Actor, id: string) {
  const row = await visibleRegistration(s, actor, id);
  if (!row.invoiceKey) throw new AppError("attachment.erased");
  return { name: row.invoiceName, contentType: row.invoiceType, bytes: await s.files.get(row.invoiceKey) };
}

// Approving makes the claimant the owner of a new unit whose invoice date and evidence the 三包
// engine counts from. A serial someone else holds is never moved by an approval: staff transfer
// it first, with a reason, if the claim is the right one.
export async function approveRegistration(s: Services, actor: Actor, id: string) {
  await s.db.transaction(async (tx) => {
    const reg = await lockRegistration(tx, actor.tenantId, id);
    if (!reg) throw new AppError("registration.not_found");
    if (reg.status !== "pending_review") throw new AppError("registration.already_reviewed");
    const now = s.clock.now();
    const unit = await findUnitBySerial(tx, actor.tenantId, reg.serial);
    let unitId: string;
    if (unit && unit.customerId !== reg.customerId)
      throw new AppError("registration.conflict", { serial: reg.serial });
    if (unit) {
      unitId = unit.id;
      await recordInvoiceProof(tx, actor.tenantId, unit.id, reg.purchasedAt);
    } else {
      const [product] = await tx
        .select({ months: products.warrantyMonths })
        .from(products)
        .where(and(eq(products.tenantId, actor.tenantId), eq(products.id, reg.productId)));
      unitId = await insertProvenUnit(tx, actor.tenantId, {
        serial: reg.serial,
        productId: reg.productId,
        productWarrantyMonths: product?.months ?? 0,
        customerId: reg.customerId,
        purchasedAt: reg.purchasedAt,
        at: now,
      });
    }
    await updateRegistration(tx, actor.tenantId, id, {
      status: "approved",
      reviewedBy: actor.userId,
      reviewedAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit_registration.approved",
      entityType: "unit_registration",
      entityId: id,
      data: { serial: reg.serial, customerId: reg.customerId, unitId },
      at: now,
    });
    await s.events.emit(tx, UNIT_REGISTERED, {
      tenantId: actor.tenantId,
      registrationId: id,
      customerId: reg.customerId,
      unitId,
      at: now,
    });
  });
  return getRegistration(s, actor, id);
}

// A rejection carries a reason the customer reads, in the portal and as a notification.
export async function rejectRegistration(s: Services, actor: Actor, id: string, reason: string) {
  if (!reason.trim()) throw new AppError("registration.reason_required");
  await s.db.transaction(async (tx) => {
    const reg = await lockRegistration(tx, actor.tenantId, id);
    if (!reg) throw new AppError("registration.not_found");
    if (reg.status !== "pending_review") throw new AppError("registration.already_reviewed");
    const now = s.clock.now();
    await updateRegistration(tx, actor.tenantId, id, {
      status: "rejected",
      rejectReason: reason.trim(),
      reviewedBy: actor.userId,
      reviewedAt: now,
    });
    for (const account of await customerAccounts(tx, actor.tenantId, reg.customerId)) {
      await insertNotification(tx, {
        id: newId("ntf"),
        tenantId: actor.tenantId,
        userId: account.id,
        kind: "unit_registration_rejected",
        ticketId: null,
        data: { registrationId: id, serial: reg.serial, reason: reason.trim() },
        createdAt: now,
      });
    }
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit_registration.rejected",
      entityType: "unit_registration",
      entityId: id,
      data: { serial: reg.serial, customerId: reg.customerId, reason: reason.trim() },
      at: now,
    });
  });
  return getRegistration(s, actor, id);
}
