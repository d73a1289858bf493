// The 三包 entitlement engine: pure (no database, no clock), rules as data in ./rules.
// evaluateEntitlement(facts, ruleBook) → every remedy the customer may choose, with its article,
// or the exclusion and why. See docs/warranty.md.

export { checkFacts, evaluateEntitlement } from "./evaluate.js";
export { checkSettings, ruleBookFor } from "./rule-book.js";
export type {
  EntitlementFacts,
  RuleBook,
} from "./types.js";
