import type { WarrantyPlan, WarrantyPlanInput } from "../../../../shared/warranty-plans.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ValidationError } from "../../../platform/http/errors.js";
import { newId } from "../../../platform/ids.js";
import { toPlanDto } from "../plan-dto.js";
import { findWarrantyPlan, insertWarrantyPlan, updateWarrantyPlan } from "../warranty.repository.js";
import { tenantRuleBook } from "./entitlement-decision.js";

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
