import type { Entitlement } from "../../../../shared/warranty.js";
import type { EntitlementFacts, EntitlementIssue, RuleBook } from "./types.js";

/** Facts that the rule book says are wrong (unknown category, a rule that cannot decide the category). */
export function checkFacts(facts: EntitlementFacts, rules: RuleBook): EntitlementIssue[] {
  const issues: EntitlementIssue[] = [];
  const entry = facts.category === undefined ? undefined : rules.categories[facts.category];
  if (facts.category !== undefined && !entry)
    issues.push({ path: "category", code: "warranty.unknown_category" });
  if (entry && facts.rule && facts.rule !== "consumer_law" && facts.rule !== entry.family)
    issues.push({ path: "rule", code: "warranty.rule_category_mismatch" });
  return issues;
}

/** Everything the customer may choose, each with its article; or the exclusion and why. Pure. */
export function evaluateEntitlement(_facts: EntitlementFacts, _rules: RuleBook): Entitlement {
  throw new Error("evaluateEntitlement: being implemented on branch h-engine");
}
