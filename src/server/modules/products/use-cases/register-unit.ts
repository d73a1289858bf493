import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import { UNIT_BOUGHT } from "../product-events.js";
import { findProductBySku, findUnitBySerial, insertUnit } from "../products.repository.js";
import type { TCreateUnit } from "../products.schemas.js";
import { MAX_UNIT_AGE_YEARS, purchaseDateProblem } from "../purchase-date.js";
import { warrantyEndsAt } from "../warranty.js";
import { tenantToday, toUnitDto } from "./unit-dto.js";
import { factColumns } from "./unit-fact-columns.js";

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
  const dateProblem = purchaseDateProblem(input.purchasedAt, today);
  if (dateProblem === "future") throw new AppError("unit.purchase_in_future");
  if (dateProblem === "too_old") throw new AppError("unit.purchase_too_old", { years: MAX_UNIT_AGE_YEARS });
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
      await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId });
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
