import type { UnitPlan } from "../../../../shared/warranty-plans.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial, getUnit, tenantToday } from "../../products/index.js";
import { toUnitPlanDto } from "../plan-dto.js";
import { attachPlan, legalCoverEnd } from "./attach-plan.js";

// Staff sell a plan for a unit (the cover rules are attachPlan's).
export async function sellPlan(s: Services, actor: Actor, serial: string, planId: string): Promise<UnitPlan> {
  await getUnit(s, actor, serial); // who may see the unit (404 otherwise)
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit) throw new AppError("unit.not_found", { serial });
  const today = await tenantToday(s, actor.tenantId);
  const wholeUnitEndsAt = await legalCoverEnd(s.db, actor.tenantId, unit, today);
  const row = await s.db.transaction((tx) =>
    attachPlan(tx, actor.tenantId, {
      unit,
      planId,
      wholeUnitEndsAt,
      soldBy: actor.userId,
      today,
      at: s.clock.now(),
      via: "sale",
    }),
  );
  return toUnitPlanDto(row);
}
