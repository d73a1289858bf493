import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import { findUnitBySerial } from "../products.repository.js";
import { tenantToday, toUnitDto } from "./unit-dto.js";

export async function getUnit(s: Services, actor: Actor, serial: string) {
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit || !(await findCustomer(s.db, actor.tenantId, unit.customerId, customerVisibility(actor)))) {
    throw new AppError("unit.not_found", { serial });
  }
  return toUnitDto(unit, await tenantToday(s, actor.tenantId));
}
