import type { Entitlement, EvaluateEntitlementBody } from "../../../../shared/warranty.js";
import type { Db } from "../../../platform/db/client.js";
import type { UnitWithProduct } from "../../products/index.js";
import { unitFacts } from "../unit-facts.js";
import { listUnitRepairs } from "../warranty.repository.js";
import { decide, tenantRuleBook } from "./entitlement-decision.js";

// The entitlement of a recorded unit, from its facts and history; `body` facts override them.
export async function evaluateUnitEntitlement(
  db: Db,
  tenantId: string,
  unit: UnitWithProduct,
  body: Omit<EvaluateEntitlementBody, "unitSerial">,
): Promise<Entitlement> {
  const [repairs, book] = await Promise.all([
    listUnitRepairs(db, tenantId, unit.id),
    tenantRuleBook(db, tenantId),
  ]);
  return decide(unitFacts(unit, repairs, body), book);
}
