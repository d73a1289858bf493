import type { Entitlement, EntitlementRemedy, WarrantyRule } from "../../../../shared/warranty.js";
import type { Context } from "./context.js";
import { addMonths } from "./dates.js";
import { noReasonReturn } from "./distance-sale.js";
import { causeExclusion, documentsExclusion, type Exclusion, periodExclusion } from "./exclusions.js";
import { car } from "./families/car.js";
import { consumerLaw } from "./families/consumer-law.js";
import { type FamilyResult, partialGoods } from "./families/partial-goods.js";
import { computePeriod, type Period } from "./period.js";
import { grant, uniqueRemedies } from "./remedy.js";
import {
  type EntitlementFacts,
  EntitlementInputError,
  type EntitlementIssue,
  type RuleBook,
} from "./types.js";

/** Facts that the rule book says are wrong (unknown category, a rule that cannot decide the category). */
export function checkFacts(facts: EntitlementFacts, rules: RuleBook): EntitlementIssue[] {
  const issues: EntitlementIssue[] = [];
  const entry = facts.category === undefined ? undefined : rules.categories[facts.category];
  if (facts.category !== undefined && !entry)
    issues.push({ path: "category", code: "warranty.unknown_category" });
  if (entry && facts.rule && facts.rule !== "consumer_law" && facts.rule !== entry.family)
    issues.push({ path: "rule", code: "warranty.rule_category_mismatch" });
  if (!entry && facts.rule && facts.rule !== "consumer_law")
    issues.push({ path: "rule", code: "warranty.rule_category_mismatch" });
  return issues;
}

const FAMILIES: Record<WarrantyRule, (ctx: Context, period: Period) => FamilyResult> = {
  partial_goods_1995: partialGoods,
  car_2021: car,
  consumer_law: consumerLaw,
};

function contextFor(facts: EntitlementFacts, rules: RuleBook): Context {
  const entry = facts.category === undefined ? undefined : rules.categories[facts.category];
  const rule = facts.rule ?? entry?.family ?? "consumer_law";
  const ctx: Context = {
    facts,
    rule,
    entry,
    config: rules.config,
    calendar: { holidays: rules.config.holidays, workdays: rules.config.workdays },
    request: facts.requestDate,
    receipt: facts.receivedDate ?? facts.deliveryDate ?? facts.invoiceDate,
    evidence: { invoice: facts.evidence?.invoice ?? true, voucher: facts.evidence?.voucher ?? true },
    stillFaulty: facts.stillFaulty ?? facts.fault.kind !== "none",
    sellerHasSameModel: facts.sellerHasSameModel ?? true,
    mileageKm: facts.mileageKm ?? 0,
    notices: [],
  };
  if (!entry) ctx.notices.push({ code: "fallback_consumer_law" });
  return ctx;
}

/** An excluded case: the customer may still have the unit repaired, at their own cost. */
const paidRepair = (exclusion: Exclusion): EntitlementRemedy[] => [
  grant("paid_repair", exclusion.ref, false),
];

/**
 * Everything the customer may choose, each with the article that grants it; or the exclusion and
 * why (then `paid_repair` only). Pure: no database, no clock — `facts.requestDate` is "today".
 * Throws EntitlementInputError when the rule book cannot judge the facts (unknown category …).
 */
export function evaluateEntitlement(facts: EntitlementFacts, rules: RuleBook): Entitlement {
  const issues = checkFacts(facts, rules);
  if (issues.length > 0) throw new EntitlementInputError(issues);
  const ctx = contextFor(facts, rules);
  const period = computePeriod(ctx);
  const base = { rule: ctx.rule, category: facts.category ?? null, period };
  const finish = (remedies: EntitlementRemedy[], exclusion: Exclusion | null): Entitlement => ({
    ...base,
    remedies,
    exclusion,
    notices: ctx.notices,
  });

  burdenOfProof(ctx);
  const byCause = causeExclusion(ctx);
  if (byCause) return finish(paidRepair(byCause), byCause);
  const distance = noReasonReturn(ctx);
  // No fault at all: only the distance sale's no-reason return can apply.
  if (facts.fault.kind === "none") return finish(distance ? [distance] : [], null);

  const byDocuments = documentsExclusion(ctx);
  if (byDocuments) return finish(paidRepair(byDocuments), byDocuments);
  const decided = FAMILIES[ctx.rule](ctx, period);
  if (!decided.inPeriod) {
    const plan = facts.plan;
    if (plan && facts.requestDate <= plan.endsAt) {
      ctx.notices.push({ code: "extended_plan_applies", params: { name: plan.name, endsAt: plan.endsAt } });
      const ref = { instrument: "extended_plan", article: null, confidence: "A", name: plan.name } as const;
      return finish(
        uniqueRemedies([
          ...(distance ? [distance] : []),
          grant("repair", ref, true, { deadline: plan.endsAt }),
        ]),
        null,
      );
    }
    const expired = periodExclusion(ctx);
    return finish(paidRepair(expired), expired);
  }
  return finish(uniqueRemedies([...(distance ? [distance] : []), ...decided.remedies]), null);
}

/** 消法 Art. 23 ¶3: durable goods, a defect found within six months of acceptance. */
function burdenOfProof(ctx: Context): void {
  if (!ctx.entry?.durable || ctx.facts.fault.kind === "none") return;
  const until = addMonths(ctx.receipt, ctx.config.consumerLaw.durableProofMonths);
  if (ctx.request <= until) ctx.notices.push({ code: "burden_of_proof_on_business", params: { until } });
}
