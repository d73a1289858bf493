import type { UnitPlan, WarrantyPlan, WarrantyPlanInput } from "../../../../shared/warranty-plans.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ValidationError } from "../../../platform/http/errors.js";
import { newId } from "../../../platform/ids.js";
import { addMonths, findUnitBySerial, getUnit, tenantToday } from "../../products/index.js";
import {
  findWarrantyPlan,
  insertUnitPlan,
  insertWarrantyPlan,
  listUnitPlans,
  listWarrantyPlans,
  type UnitPlanRow,
  updateWarrantyPlan,
  type WarrantyPlanRow,
} from "../warranty.repository.js";
import { tenantRuleBook } from "./entitlement-decision.js";
import { evaluateUnitEntitlement } from "./evaluate-unit-entitlement.js";

const toPlanDto = (p: WarrantyPlanRow): WarrantyPlan => ({
  id: p.id,
  name: { zh: p.nameZh, en: p.nameEn },
  months: p.months,
  price: p.price,
  terms: p.terms,
  categories: p.categories,
  active: p.active,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

export const toUnitPlanDto = (p: UnitPlanRow): UnitPlan => ({
  id: p.id,
  planId: p.planId,
  name: { zh: p.nameZh, en: p.nameEn },
  startsAt: p.startsAt,
  endsAt: p.endsAt,
  price: p.price,
  soldBy: p.soldBy,
  soldAt: p.createdAt.toISOString(),
});

export async function listPlans(s: Services, actor: Actor): Promise<WarrantyPlan[]> {
  return (await listWarrantyPlans(s.db, actor.tenantId)).map(toPlanDto);
}

// A plan may only list categories the tenant's rule book knows: a typo would make it unsellable.
async function checkCategories(s: Services, tenantId: string, categories: string[]): Promise<void> {
  const book = await tenantRuleBook(s.db, tenantId);
  const unknown = categories.flatMap((c, i) => (book.categories[c] ? [] : [i]));
  if (unknown.length > 0)
    throw new ValidationError(
      unknown.map((i) => ({
        code: "custom",
        path: ["categories", String(i)],
        message: "warranty.unknown_category",
        input: undefined,
      })),
    );
}

export async function savePlan(
  s: Services,
  actor: Actor,
  input: WarrantyPlanInput,
  id?: string,
): Promise<WarrantyPlan> {
  await checkCategories(s, actor.tenantId, input.categories);
  const planId = id ?? newId("wpl");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const values = {
      nameZh: input.name.zh,
      nameEn: input.name.en,
      months: input.months,
      price: input.price,
      terms: input.terms,
      categories: input.categories,
      active: input.active ?? true,
      updatedAt: now,
    };
    if (id) {
      if (!(await findWarrantyPlan(tx, actor.tenantId, id))) throw new AppError("warranty.plan_not_found");
      await updateWarrantyPlan(tx, actor.tenantId, id, values);
    } else await insertWarrantyPlan(tx, { id: planId, tenantId: actor.tenantId, createdAt: now, ...values });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: id ? "warranty.plan_updated" : "warranty.plan_created",
      entityType: "warranty_plan",
      entityId: planId,
      data: input,
      at: now,
    });
  });
  const saved = await findWarrantyPlan(s.db, actor.tenantId, planId);
  if (!saved) throw new AppError("warranty.plan_not_found");
  return toPlanDto(saved);
}

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
