import type {
  CarFaultFlag,
  DamageCause,
  FaultKind,
  FaultPart,
  ItemFlag,
  RepairRecord,
  SaleChannel,
  WarrantyRule,
} from "../../../../shared/warranty.js";
import type { CategoryEntry, RuleConfig } from "../../../../shared/warranty-settings.js";

/**
 * The resolved facts the engine decides on: the evaluate body with the unit's history filled in
 * (h-rma's evaluate route builds these from the unit, its product's category and its RMAs/visits).
 * No clock: `requestDate` is the day the customer asks.
 */
export type EntitlementFacts = {
  /** Defaults to the category's family; `consumer_law` when there is no category. */
  rule?: WarrantyRule;
  category?: string;
  invoiceDate: string;
  deliveryDate?: string;
  receivedDate?: string;
  channel: SaleChannel;
  requestDate: string;
  fault: { kind: FaultKind; part?: FaultPart; cause?: DamageCause; flags?: CarFaultFlag[] };
  repairs?: RepairRecord[];
  stillFaulty?: boolean;
  /** Omitted: both present (a purchase recorded by staff counts as proof unless the tenant requires documents). */
  evidence?: { invoice?: boolean; voucher?: boolean };
  exchangedOn?: string;
  /** Default true. */
  sellerHasSameModel?: boolean;
  mileageKm?: number;
  itemFlags?: ItemFlag[];
  /** Default true. */
  itemIntact?: boolean;
  /** The maker's own promise for this product in months (e.g. the product's warranty months): binding when longer. */
  promisedMonths?: number;
  /** A paid extended-warranty plan covering the unit: free repair through `endsAt` once the legal period is over. */
  plan?: { name: string; endsAt: string };
};

export type RuleBook = {
  categories: Readonly<Record<string, CategoryEntry>>;
  config: RuleConfig;
};

/** A fact that needs the rule book to be judged wrong (unknown category, rule/category mismatch). */
export type EntitlementIssue = {
  path: string;
  code: "warranty.unknown_category" | "warranty.rule_category_mismatch";
};

export class EntitlementInputError extends Error {
  constructor(readonly issues: EntitlementIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.code}`).join("; "));
    this.name = "EntitlementInputError";
  }
}

/** A tenant setting that would shorten a legal minimum or is otherwise unusable. */
export type RuleBookIssue = {
  path: string;
  code: "warranty.below_legal_minimum" | "warranty.incomplete_category" | "warranty.builtin_family_fixed";
};

export class RuleBookError extends Error {
  constructor(readonly issues: RuleBookIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.code}`).join("; "));
    this.name = "RuleBookError";
  }
}
