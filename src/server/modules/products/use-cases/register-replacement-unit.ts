import type { Db } from "../../../platform/db/client.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { insertUnit, type UnitWithProduct } from "../products.repository.js";
import { warrantyEndsAt } from "../warranty.js";

// The replacement an exchange hands over: same product and owner, a new serial, and a 三包 period
// that restarts on the exchange day (部分商品三包规定 第十四条; 家用汽车 第二十九条). Runs in the
// caller's transaction (the RMA step that ships it); the caller writes the audit entry.
export async function registerReplacementUnit(
  tx: Db,
  tenantId: string,
  original: UnitWithProduct,
  replacement: { serial: string; exchangedOn: string; at: Date },
): Promise<void> {
  try {
    await insertUnit(tx, {
      id: newId("unt"),
      tenantId,
      serial: replacement.serial,
      productId: original.productId,
      customerId: original.customerId,
      purchasedAt: original.purchasedAt,
      warrantyEndsAt: warrantyEndsAt(replacement.exchangedOn, original.productWarrantyMonths),
      invoiceDate: original.invoiceDate ?? original.purchasedAt,
      saleChannel: original.saleChannel,
      hasInvoice: original.hasInvoice,
      hasVoucher: original.hasVoucher,
      invoicePrice: original.invoicePrice,
      exchangedOn: replacement.exchangedOn,
      exchangedFromSerial: original.serial,
      createdAt: replacement.at,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("unit.serial_taken", { serial: replacement.serial });
    throw err;
  }
}
