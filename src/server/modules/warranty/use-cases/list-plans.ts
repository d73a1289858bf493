import type { WarrantyPlan } from "../../../../shared/warranty-plans.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toPlanDto } from "../plan-dto.js";
import { listWarrantyPlans } from "../warranty.repository.js";

export async function listPlans(s: Services, actor: Actor): Promise<WarrantyPlan[]> {
  return (await listWarrantyPlans(s.db, actor.tenantId)).map(toPlanDto);
}
