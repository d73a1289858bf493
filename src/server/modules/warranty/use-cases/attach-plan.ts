import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { addMonths, type UnitWithProduct } from "../../products/index.js";
import { findWarrantyPlan, insertUnitPlan, listUnitPlans, type UnitPlanRow } from "../warranty.repository.js";
import { evaluateUnitEntitlement } from "./evaluate-unit-entitlement.js";

const dayAfter = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// The end of a unit's legal (or promised) whole-unit period today, where an extended plan's cover
// starts from.
export async function legalCoverEnd(db: Db, tenantId: string, unit: UnitWithProduct, today: string) {
  const entitlement = await evaluateUnitEntitlement(db, tenantId, unit, {
    requestDate: today,
    fault: { kind: "performance_fault", cause: "quality" },
  });
  return entitlement.period.wholeUnitEndsAt ?? null;
}

export type AttachPlan = {
  unit: UnitWithProduct;
  planId: string;
  // The unit's legal (or promised) whole-unit period end, read before the transaction
  // (legalCoverEnd): the entitlement engine reads in parallel, which a transaction's one
  // connection must not.
  wholeUnitEndsAt: string | null;
  soldBy: string;
  today: string;
  at: Date;
  // What was paid: the plan's price when sold, "0.00" when bought with points.
  price?: string;
  // How it was obtained, for the audit entry ("sale" or "points").
  via: "sale" | "points";
};

// The command that attaches an extended plan to a unit inside the caller's transaction (staff
// sale, or a loyalty redemption that debits points in the same commit). Its cover runs from the
// day after the legal (or promised) whole-unit period — or after the unit's last plan, or from
// today if both are over — for the plan's months.
export async function attachPlan(tx: Db, tenantId: string, a: AttachPlan): Promise<UnitPlanRow> {
  const plan = await findWarrantyPlan(tx, tenantId, a.planId);
  if (!plan) throw new AppError("warranty.plan_not_found");
  if (!plan.active) throw new AppError("warranty.plan_inactive");
  const category = a.unit.productSanbaoCategory;
  if (!category || !plan.categories.includes(category))
    throw new AppError("warranty.plan_not_applicable", { category: category ?? "—" });
  const sold = await listUnitPlans(tx, tenantId, a.unit.id);
  const base = [a.wholeUnitEndsAt, sold.at(-1)?.endsAt, a.today]
    .filter((d): d is string => typeof d === "string")
    .sort()
    .at(-1) as string;
  const row = {
    id: newId("upl"),
    tenantId,
    unitId: a.unit.id,
    planId: plan.id,
    nameZh: plan.nameZh,
    nameEn: plan.nameEn,
    startsAt: dayAfter(base),
    endsAt: addMonths(base, plan.months),
    price: a.price ?? plan.price,
    soldBy: a.soldBy,
    createdAt: a.at,
  };
  await insertUnitPlan(tx, row);
  await appendAudit(tx, {
    tenantId,
    actorId: a.soldBy,
    action: "warranty.plan_sold",
    entityType: "unit",
    entityId: a.unit.id,
    data: {
      serial: a.unit.serial,
      planId: plan.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      price: row.price,
      via: a.via,
    },
    at: a.at,
  });
  return row;
}
