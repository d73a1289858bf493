import type { CategoryEntry, RuleConfig, WarrantySettings } from "../../../../shared/warranty-settings.js";
import { CAR_CATEGORIES } from "./rules/car-2021.js";
import { DEFAULT_CONFIG } from "./rules/config.js";
import { PARTIAL_GOODS_CATEGORIES } from "./rules/partial-goods-1995.js";
import { type RuleBook, RuleBookError, type RuleBookIssue } from "./types.js";

/** The legal defaults: the 1995 catalogue, the car rule and the configurable points, each with its source. */
export const DEFAULT_RULE_BOOK: RuleBook = Object.freeze({
  categories: Object.freeze({ ...PARTIAL_GOODS_CATEGORIES, ...CAR_CATEGORIES }),
  config: DEFAULT_CONFIG,
});

// A tenant may be more generous than the law, never less (1995 Art. 4; car Art. 18 "不低于").
// "at_least": a larger value grants more; "at_most": a smaller threshold grants sooner.
const CATEGORY_LIMITS: Partial<Record<keyof CategoryEntry, "at_least" | "at_most">> = {
  wholeUnitMonths: "at_least",
  majorPartsMonths: "at_least",
  repairMonths: "at_least",
  sanbaoKm: "at_least",
  repairKm: "at_least",
  missingPartsDays: "at_most",
  dailyDepreciation: "at_most",
};
type Section = "partialGoods" | "consumerLaw" | "noReasonReturn" | "car";
const CONFIG_LIMITS: { [S in Section]: Partial<Record<keyof RuleConfig[S], "at_least" | "at_most">> } = {
  partialGoods: {
    returnDays: "at_least",
    exchangeDays: "at_least",
    repairsBeforeExchange: "at_most",
    missingPartsDays: "at_most",
    repairerDelayDays: "at_most",
  },
  consumerLaw: { returnDays: "at_least", durableProofMonths: "at_least" },
  noReasonReturn: { days: "at_least", refundWithinDays: "at_most" },
  car: {
    earlyReturnDays: "at_least",
    earlyWindowDays: "at_least",
    earlyWindowKm: "at_least",
    loanerAfterDays: "at_most",
    seriousRepairs: "at_most",
    replacements: "at_most",
    cumulativeRepairDays: "at_most",
    sameProblemRepairs: "at_most",
    answerWorkingDays: "at_most",
    completeWorkingDays: "at_most",
  },
};
const REQUIRED_FOR_NEW: (keyof CategoryEntry)[] = ["family", "name", "wholeUnitMonths", "startAt"];

function breaks(limit: "at_least" | "at_most" | undefined, legal: unknown, value: unknown): boolean {
  if (!limit || typeof legal !== "number" || typeof value !== "number") return false;
  return limit === "at_least" ? value < legal : value > legal;
}

/** What is wrong with a tenant's settings against the legal defaults; empty when they can be used. */
export function checkSettings(
  settings: WarrantySettings,
  base: RuleBook = DEFAULT_RULE_BOOK,
): RuleBookIssue[] {
  const issues: RuleBookIssue[] = [];
  for (const [code, patch] of Object.entries(settings.categories ?? {})) {
    const legal = base.categories[code];
    if (!legal) {
      for (const key of REQUIRED_FOR_NEW)
        if (patch[key] === undefined)
          issues.push({ path: `categories.${code}.${key}`, code: "warranty.incomplete_category" });
      continue;
    }
    if (patch.family !== undefined && patch.family !== legal.family)
      issues.push({ path: `categories.${code}.family`, code: "warranty.builtin_family_fixed" });
    for (const [key, value] of Object.entries(patch) as [keyof CategoryEntry, unknown][])
      if (breaks(CATEGORY_LIMITS[key], legal[key], value))
        issues.push({ path: `categories.${code}.${key}`, code: "warranty.below_legal_minimum" });
  }
  for (const section of Object.keys(CONFIG_LIMITS) as Section[]) {
    const patch = (settings.config?.[section] ?? {}) as Record<string, unknown>;
    const limits = CONFIG_LIMITS[section] as Record<string, "at_least" | "at_most">;
    const legal = base.config[section] as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch))
      if (breaks(limits[key], legal[key], value))
        issues.push({ path: `config.${section}.${key}`, code: "warranty.below_legal_minimum" });
  }
  return issues;
}

/** The legal defaults with a tenant's settings layered on; throws RuleBookError when a setting is unusable. */
export function ruleBookFor(
  settings: WarrantySettings | null | undefined,
  base: RuleBook = DEFAULT_RULE_BOOK,
): RuleBook {
  if (!settings) return base;
  const issues = checkSettings(settings, base);
  if (issues.length > 0) throw new RuleBookError(issues);
  const categories: Record<string, CategoryEntry> = { ...base.categories };
  for (const [code, patch] of Object.entries(settings.categories ?? {}))
    categories[code] = { ...(categories[code] as CategoryEntry), ...patch } as CategoryEntry;
  const c = settings.config ?? {};
  const config: RuleConfig = {
    ...base.config,
    ...(c as Partial<RuleConfig>),
    requiredEvidence: { ...base.config.requiredEvidence, ...c.requiredEvidence },
    partialGoods: { ...base.config.partialGoods, ...c.partialGoods },
    consumerLaw: { ...base.config.consumerLaw, ...c.consumerLaw },
    noReasonReturn: { ...base.config.noReasonReturn, ...c.noReasonReturn },
    car: { ...base.config.car, ...c.car },
  };
  return { categories, config };
}

/**
 * The book with the tenant's business calendar (statutory holidays, 调休 working days), which the
 * period's roll-forward and car Art. 28's working days read; a tenant's own list in its settings wins.
 */
export function withBusinessDays(
  book: RuleBook,
  calendar: { holidays: readonly string[]; workdays: readonly string[] },
): RuleBook {
  if (book.config.holidays.length > 0 || book.config.workdays.length > 0) return book;
  return {
    ...book,
    config: { ...book.config, holidays: [...calendar.holidays], workdays: [...calendar.workdays] },
  };
}
