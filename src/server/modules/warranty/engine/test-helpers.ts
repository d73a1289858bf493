import type { Entitlement, Remedy } from "../../../../shared/warranty.js";
import { evaluateEntitlement } from "./evaluate.js";
import { DEFAULT_RULE_BOOK } from "./rule-book.js";
import type { EntitlementFacts, RuleBook } from "./types.js";

// Shared by the engine's table tests: a base case and readers of what a customer would see.
export type Row = {
  name: string;
  facts: Partial<EntitlementFacts>;
  remedies: Remedy[];
  basis?: Partial<Record<Remedy, string>>;
};

export function evaluate(
  base: EntitlementFacts,
  patch: Partial<EntitlementFacts>,
  rules: RuleBook = DEFAULT_RULE_BOOK,
): Entitlement {
  return evaluateEntitlement({ ...base, ...patch }, rules);
}

const remedyNames = (r: Entitlement) => r.remedies.map((x) => x.remedy).sort();

export function remedy(r: Entitlement, name: Remedy) {
  const found = r.remedies.find((x) => x.remedy === name);
  if (!found) throw new Error(`no ${name} in ${remedyNames(r).join(", ")}`);
  return found;
}

/** Checks a row: exactly these remedies, and the article each named one cites. */
export function expectRow(
  result: Entitlement,
  row: Row,
  expect: (v: unknown) => { toEqual(x: unknown): void },
) {
  expect(remedyNames(result)).toEqual([...row.remedies].sort());
  for (const [name, basis] of Object.entries(row.basis ?? {}))
    expect(remedy(result, name as Remedy).basis).toEqual(basis);
}
