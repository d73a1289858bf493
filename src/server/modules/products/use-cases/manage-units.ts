import type { SaleChannel } from "../../../../shared/warranty.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import {
  findProductBySku,
  findUnitBySerial,
  insertUnit,
  listUnits,
  type UnitWithProduct,
  updateUnitRow,
} from "../products.repository.js";
import type { TCreateUnit, TUnit, TUpdateUnitFacts } from "../products.schemas.js";
import { todayIn, warrantyEndsAt, warrantyStatus } from "../warranty.js";

const MAX_UNIT_AGE_YEARS = 30;

export async function tenantToday(s: Services, tenantId: string): Promise<string> {
  const tenant = await tenantSettings(s.db, tenantId);
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

export async function registerUnit(s: Services, actor: Actor, input: TCreateUnit) {
  // A customer registers for themself; naming anyone else is refused, not silently ignored.
  if (actor.role === "customer" && input.customerId && input.customerId !== actor.customerId) {
    throw new AppError("customer.not_found");
  }
  const customerId = actor.role === "customer" ? actor.customerId : input.customerId;
  if (!customerId) throw new AppError("ticket.customer_required");
  if (!(await findCustomer(s.db, actor.tenantId, customerId, customerVisibility(actor))))
    throw new AppError("customer.not_found");
  const product = await findProductBySku(s.db, actor.tenantId, input.productSku);
  if (!product) throw new AppError("product.not_found", { sku: input.productSku });
  const today = await tenantToday(s, actor.tenantId);
  if (input.purchasedAt > today) throw new AppError("unit.purchase_in_future");
  // Nothing serviced here is that old: a year like 0001 or 1900 is a typo or a probe, and would
  // give a warranty end no one can reason about.
  const oldest = `${String(Number(today.slice(0, 4)) - MAX_UNIT_AGE_YEARS).padStart(4, "0")}${today.slice(4)}`;
  if (input.purchasedAt < oldest) throw new AppError("unit.purchase_too_old", { years: MAX_UNIT_AGE_YEARS });
  try {
    await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      const id = newId("unt");
      await insertUnit(tx, {
        id,
        tenantId: actor.tenantId,
        serial: input.serial,
        productId: product.id,
        customerId,
        purchasedAt: input.purchasedAt,
        warrantyEndsAt: warrantyEndsAt(input.purchasedAt, product.warrantyMonths),
        ...factColumns(input),
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "unit.registered",
        entityType: "unit",
        entityId: id,
        data: { ...input, customerId },
        at: now,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("unit.serial_taken", { serial: input.serial });
    throw err;
  }
  const unit = await findUnitBySerial(s.db, actor.tenantId, input.serial);
  if (!unit) throw new AppError("unit.not_found", { serial: input.serial });
  return toUnitDto(unit, today);
}

// Customers see their own units, dealers their outlet's customers' units, staff all.
// An account without its customer/outlet is refused at sign-in; "-" is no id (and, unlike NUL,
// a value PostgreSQL accepts), so even then it matches nothing.
function ownerFilter(actor: Actor): { customerId?: string; outletId?: string } {
  if (actor.role === "customer") return { customerId: actor.customerId ?? "-" };
  if (actor.role === "dealer") return { outletId: actor.outletId ?? "-" };
  return {};
}

export async function getUnit(s: Services, actor: Actor, serial: string) {
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit || !(await findCustomer(s.db, actor.tenantId, unit.customerId, customerVisibility(actor)))) {
    throw new AppError("unit.not_found", { serial });
  }
  return toUnitDto(unit, await tenantToday(s, actor.tenantId));
}

export async function searchUnits(
  s: Services,
  actor: Actor,
  f: { customerId?: string; q?: string; limit: number; afterId?: string },
) {
  const today = await tenantToday(s, actor.tenantId);
  const scope = ownerFilter(actor);
  const rows = await listUnits(s.db, actor.tenantId, {
    ...f,
    outletId: scope.outletId,
    customerId: scope.customerId ?? f.customerId,
  });
  return rows.map((u) => toUnitDto(u, today));
}

// The 三包 facts of a request as unit columns; a field left out stays as it is.
function factColumns(input: TUpdateUnitFacts) {
  return {
    ...(input.invoiceDate !== undefined ? { invoiceDate: input.invoiceDate } : {}),
    ...(input.deliveryDate !== undefined ? { deliveryDate: input.deliveryDate } : {}),
    ...(input.saleChannel !== undefined ? { saleChannel: input.saleChannel } : {}),
    ...(input.evidence?.invoice !== undefined ? { hasInvoice: input.evidence.invoice } : {}),
    ...(input.evidence?.voucher !== undefined ? { hasVoucher: input.evidence.voucher } : {}),
    ...(input.invoicePrice !== undefined ? { invoicePrice: input.invoicePrice } : {}),
  };
}

// Staff record the 三包 facts of a unit (invoice, delivery or installation, sale channel, documents).
export async function updateUnitFacts(s: Services, actor: Actor, serial: string, input: TUpdateUnitFacts) {
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit) throw new AppError("unit.not_found", { serial });
  const today = await tenantToday(s, actor.tenantId);
  for (const d of [input.invoiceDate, input.deliveryDate])
    if (d && d > today) throw new AppError("unit.purchase_in_future");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await updateUnitRow(tx, actor.tenantId, unit.id, factColumns(input));
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "unit.facts_updated",
      entityType: "unit",
      entityId: unit.id,
      data: input,
      at: now,
    });
  });
  const after = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!after) throw new AppError("unit.not_found", { serial });
  return toUnitDto(after, today);
}

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
