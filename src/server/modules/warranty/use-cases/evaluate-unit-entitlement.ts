import type { Entitlement, EvaluateEntitlementBody } from "../../../../shared/warranty.js";
import type { Db } from "../../../platform/db/client.js";
import type { UnitWithProduct } from "../../products/index.js";
import { unitFacts } from "../unit-facts.js";
import { listUnitPlans, listUnitRepairs } from "../warranty.repository.js";
import { decide, tenantRuleBook } from "./entitlement-decision.js";

// The entitlement of a recorded unit, from its facts and history; `body` facts override them.
export async function evaluateUnitEntitlement(
  db: Db,
  tenantId: string,
  unit: UnitWithProduct,
  body: Omit<EvaluateEntitlementBody, "unitSerial">,
): Promise<Entitlement> {
  const [repairs, book, plans] = await Promise.all([
    listUnitRepairs(db, tenantId, unit.id),
    tenantRuleBook(db, tenantId),
    listUnitPlans(db, tenantId, unit.id),
  ]);
  // The plan that ends last is the one the engine honours (plans sold later stack end to end).
  const last = plans.at(-1);
  const plan = last ? { name: last.nameZh, endsAt: last.endsAt } : undefined;
  return decide(unitFacts(unit, repairs, body, plan), book);
}
