import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerVisibility, findCustomer } from "../customers.repository.js";
import { toCustomerDto } from "./customer-dto.js";

export async function getCustomer(s: Services, actor: Actor, id: string) {
  const row = await findCustomer(s.db, actor.tenantId, id, customerVisibility(actor));
  if (!row) throw new AppError("customer.not_found");
  return toCustomerDto(row);
}
