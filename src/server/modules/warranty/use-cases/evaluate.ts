import type { Entitlement, EvaluateEntitlementBody } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial } from "../../products/index.js";
import type { EntitlementFacts } from "../engine/index.js";
import { decide, tenantRuleBook } from "./entitlement-decision.js";
import { evaluateUnitEntitlement } from "./evaluate-unit-entitlement.js";

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
