import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { findUnitBySerial, insertUnit, updateUnitRow } from "../products.repository.js";
import { warrantyEndsAt } from "../warranty.js";

// A unit whose owner proved the purchase with an invoice (an approved registration): the invoice
// date and evidence are what the 三包 engine counts from. Runs in the caller's transaction.
export async function insertProvenUnit(
  tx: Db,
  tenantId: string,
  u: {
    serial: string;
    productId: string;
    productWarrantyMonths: number;
    customerId: string;
    purchasedAt: string;
    at: Date;
  },
): Promise<string> {
  const id = newId("unt");
  try {
    await insertUnit(tx, {
      id,
      tenantId,
      serial: u.serial,
      productId: u.productId,
      customerId: u.customerId,
      purchasedAt: u.purchasedAt,
      warrantyEndsAt: warrantyEndsAt(u.purchasedAt, u.productWarrantyMonths),
      invoiceDate: u.purchasedAt,
      hasInvoice: true,
      createdAt: u.at,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("unit.serial_taken", { serial: u.serial });
    throw err;
  }
  return id;
}

// Hands a unit to another customer; the previous owner no longer sees it (their tickets stay
// theirs). Audited with who asked and why.
export async function changeUnitOwner(
  tx: Db,
  tenantId: string,
  serial: string,
  change: { toCustomerId: string; actorId: string | null; reason: string | null; at: Date },
): Promise<{ unitId: string; fromCustomerId: string }> {
  const unit = await findUnitBySerial(tx, tenantId, serial);
  if (!unit) throw new AppError("unit.not_found", { serial });
  if (unit.customerId === change.toCustomerId) throw new AppError("unit.transfer_same_owner");
  await updateUnitRow(tx, tenantId, unit.id, { customerId: change.toCustomerId });
  await appendAudit(tx, {
    tenantId,
    actorId: change.actorId,
    action: "unit.ownership_transferred",
    entityType: "unit",
    entityId: unit.id,
    data: { serial, from: unit.customerId, to: change.toCustomerId, reason: change.reason },
    at: change.at,
  });
  return { unitId: unit.id, fromCustomerId: unit.customerId };
}

// Staff accepted the invoice of the unit's own owner: it now counts as the 三包 invoice.
export async function recordInvoiceProof(tx: Db, tenantId: string, unitId: string, invoiceDate: string) {
  await updateUnitRow(tx, tenantId, unitId, { invoiceDate, hasInvoice: true });
}
