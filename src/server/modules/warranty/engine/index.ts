// The 三包 entitlement engine: pure (no database, no clock), rules as data in ./rules.
// evaluateEntitlement(facts, ruleBook) → every remedy the customer may choose, with its article,
// or the exclusion and why. See docs/warranty.md.
export type { Entitlement, EntitlementRemedy } from "../../../../shared/warranty.js";
export { explainEntitlement } from "../../../../shared/warranty-explain.js";
export { checkFacts, evaluateEntitlement } from "./evaluate.js";
export { checkSettings, DEFAULT_RULE_BOOK, ruleBookFor, withBusinessDays } from "./rule-book.js";
export {
  type EntitlementFacts,
  EntitlementInputError,
  type EntitlementIssue,
  type RuleBook,
  RuleBookError,
  type RuleBookIssue,
} from "./types.js";
