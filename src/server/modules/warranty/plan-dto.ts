import type { UnitPlan, WarrantyPlan } from "../../../shared/warranty-plans.js";
import type { UnitPlanRow, WarrantyPlanRow } from "./warranty.repository.js";

export const toPlanDto = (p: WarrantyPlanRow): WarrantyPlan => ({
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
