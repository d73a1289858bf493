import type { Entitlement, EvaluateEntitlementBody } from "../../../../shared/warranty.js";
import type { WarrantySettings } from "../../../../shared/warranty-settings.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ValidationError } from "../../../platform/http/errors.js";
import { findUnitBySerial, type UnitWithProduct } from "../../products/index.js";
import {
  checkFacts,
  type EntitlementFacts,
  evaluateEntitlement,
  type RuleBook,
  ruleBookFor,
} from "../engine/index.js";
import { unitFacts } from "../unit-facts.js";
import { findWarrantySettings, listUnitPlans, listUnitRepairs } from "../warranty.repository.js";

export async function tenantRuleBook(db: Db, tenantId: string): Promise<RuleBook> {
  return ruleBookFor((await findWarrantySettings(db, tenantId)) as WarrantySettings | null);
}

// Facts the rule book rejects (an unknown category, the car rule for a TV) are bad input: a 400
// naming the field, like the schema's own checks.
function decide(facts: EntitlementFacts, book: RuleBook): Entitlement {
  const issues = checkFacts(facts, book);
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((i) => ({ code: "custom", path: i.path.split("."), message: i.code, input: undefined })),
    );
  return evaluateEntitlement(facts, book);
}

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

// POST /warranty/evaluate: staff for any unit or for facts given directly; a customer only for a
// unit of their own (anyone else's is "not found", as everywhere).
export async function evaluate(
  s: Services,
  actor: Actor,
  body: EvaluateEntitlementBody,
): Promise<Entitlement> {
  const { unitSerial, ...facts } = body;
  if (!unitSerial) {
    if (actor.role === "customer") throw new AppError("unit.not_found", { serial: "" });
    return decide(facts as EntitlementFacts, await tenantRuleBook(s.db, actor.tenantId));
  }
  const unit = await findUnitBySerial(
    s.db,
    actor.tenantId,
    unitSerial,
    actor.role === "customer" ? (actor.customerId ?? "-") : undefined,
  );
  if (!unit) throw new AppError("unit.not_found", { serial: unitSerial });
  return evaluateUnitEntitlement(s.db, actor.tenantId, unit, facts);
}
