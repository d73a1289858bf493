import type { UnitPlan } from "../../../../shared/warranty-plans.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { addMonths, findUnitBySerial, getUnit, tenantToday } from "../../products/index.js";
import { toUnitPlanDto } from "../plan-dto.js";
import { findWarrantyPlan, insertUnitPlan, listUnitPlans } from "../warranty.repository.js";
import { evaluateUnitEntitlement } from "./evaluate-unit-entitlement.js";

const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// Staff sell a plan for a unit: its cover runs from the day after the legal (or promised) whole-unit
// period — or after the unit's last plan, or from today if both are over — for the plan's months.
export async function sellPlan(s: Services, actor: Actor, serial: string, planId: string): Promise<UnitPlan> {
  await getUnit(s, actor, serial); // who may see the unit (404 otherwise)
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit) throw new AppError("unit.not_found", { serial });
  const plan = await findWarrantyPlan(s.db, actor.tenantId, planId);
  if (!plan) throw new AppError("warranty.plan_not_found");
  if (!plan.active) throw new AppError("warranty.plan_inactive");
  const category = unit.productSanbaoCategory;
  if (!category || !plan.categories.includes(category))
    throw new AppError("warranty.plan_not_applicable", { category: category ?? "—" });
  const today = await tenantToday(s, actor.tenantId);
  const [entitlement, sold] = await Promise.all([
    evaluateUnitEntitlement(s.db, actor.tenantId, unit, {
      requestDate: today,
      fault: { kind: "performance_fault", cause: "quality" },
    }),
    listUnitPlans(s.db, actor.tenantId, unit.id),
  ]);
  const base = [entitlement.period.wholeUnitEndsAt, sold.at(-1)?.endsAt, today]
    .filter((d): d is string => typeof d === "string")
    .sort()
    .at(-1) as string;
  const row = {
    id: newId("upl"),
    tenantId: actor.tenantId,
    unitId: unit.id,
    planId: plan.id,
    nameZh: plan.nameZh,
    nameEn: plan.nameEn,
    startsAt: dayAfter(base),
    endsAt: addMonths(base, plan.months),
    price: plan.price,
    soldBy: actor.userId,
  };
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await insertUnitPlan(tx, { ...row, createdAt: now });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "warranty.plan_sold",
      entityType: "unit",
      entityId: unit.id,
      data: {
        serial: unit.serial,
        planId: plan.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        price: row.price,
      },
      at: now,
    });
  });
  const [saved] = (await listUnitPlans(s.db, actor.tenantId, unit.id)).filter((p) => p.id === row.id);
  if (!saved) throw new AppError("warranty.plan_not_found");
  return toUnitPlanDto(saved);
}
