import type { SaleChannel } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import type { UnitWithProduct } from "../products.repository.js";
import type { TUnit } from "../products.schemas.js";
import { todayIn, warrantyStatus } from "../warranty.js";

// Inside a transaction pass it as `db`: the read then never waits behind that transaction.
export async function tenantToday(s: Services, tenantId: string, db: Db = s.db): Promise<string> {
  const tenant = await tenantSettings(db, tenantId);
  return todayIn(tenant?.timezone ?? "UTC", s.clock.now());
}

export function toUnitDto(u: UnitWithProduct, today: string): TUnit {
  return {
    id: u.id,
    serial: u.serial,
    productId: u.productId,
    productSku: u.productSku,
    productName: u.productName,
    productNameEn: u.productNameEn,
    customerId: u.customerId,
    ...(u.customerName === undefined ? {} : { customerName: u.customerName }),
    purchasedAt: u.purchasedAt,
    warrantyEndsAt: u.warrantyEndsAt,
    invoiceDate: u.invoiceDate,
    deliveryDate: u.deliveryDate,
    saleChannel: u.saleChannel as SaleChannel | null,
    evidence: { invoice: u.hasInvoice, voucher: u.hasVoucher },
    invoicePrice: u.invoicePrice,
    exchangedOn: u.exchangedOn,
    exchangedFromSerial: u.exchangedFromSerial,
    warranty: { status: warrantyStatus(u.warrantyEndsAt, today), endsAt: u.warrantyEndsAt },
    createdAt: u.createdAt.toISOString(),
  };
}
