import type { Entitlement } from "../../../../shared/warranty.js";
import type { WarrantySettings } from "../../../../shared/warranty-settings.js";
import type { Db } from "../../../platform/db/client.js";
import { ValidationError } from "../../../platform/http/errors.js";
import {
  checkFacts,
  type EntitlementFacts,
  evaluateEntitlement,
  type RuleBook,
  ruleBookFor,
} from "../engine/index.js";
import { findWarrantySettings } from "../warranty.repository.js";

export async function tenantRuleBook(db: Db, tenantId: string): Promise<RuleBook> {
  return ruleBookFor((await findWarrantySettings(db, tenantId)) as WarrantySettings | null);
}

// Facts the rule book rejects (an unknown category, the car rule for a TV) are bad input: a 400
// naming the field, like the schema's own checks.
export function decide(facts: EntitlementFacts, book: RuleBook): Entitlement {
  const issues = checkFacts(facts, book);
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((i) => ({ code: "custom", path: i.path.split("."), message: i.code, input: undefined })),
    );
  return evaluateEntitlement(facts, book);
}
