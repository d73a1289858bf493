import type { EntitlementNotice, WarrantyRule } from "../../../../shared/warranty.js";
import type { CategoryEntry, RuleConfig } from "../../../../shared/warranty-settings.js";
import type { BusinessDays } from "./dates.js";
import type { EntitlementFacts } from "./types.js";

/** What every rule family reads: the facts with defaults applied, the category and the settings. */
export type Context = {
  facts: EntitlementFacts;
  rule: WarrantyRule;
  entry: CategoryEntry | undefined;
  config: RuleConfig;
  calendar: BusinessDays;
  request: string;
  /** The customer received the goods (消法 Art. 24/25 "收到商品之日"). */
  receipt: string;
  evidence: { invoice: boolean; voucher: boolean };
  stillFaulty: boolean;
  sellerHasSameModel: boolean;
  mileageKm: number;
  notices: EntitlementNotice[];
};
