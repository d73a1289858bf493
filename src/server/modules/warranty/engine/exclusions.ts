import type {
  ArticleRef,
  DamageCause,
  Entitlement,
  ExclusionReason,
  WarrantyRule,
} from "../../../../shared/warranty.js";
import { formatBasis } from "../../../../shared/warranty-articles.js";
import type { Context } from "./context.js";
import { CAR_ARTICLES } from "./rules/car-2021.js";
import { CONSUMER_LAW_ARTICLES } from "./rules/consumer-law.js";
import { PARTIAL_GOODS_ARTICLES } from "./rules/partial-goods-1995.js";

export type Exclusion = NonNullable<Entitlement["exclusion"]>;
type Cause = Exclude<DamageCause, "quality">;

const P = PARTIAL_GOODS_ARTICLES;
const C = CAR_ARTICLES;
// The 1995 list has no item for prohibited modification or careless self-handling: both are
// "使用、维护、保管不当" (item 一). A defect disclosed before purchase is no breach (消法 Art. 23 ¶1).
// Under 消法 alone, a damage the consumer caused is no "不符合质量要求" (Art. 24 ¶1).
const interpreted = (ref: ArticleRef): ArticleRef => ({ ...ref, confidence: "C" });
const CAUSE_ARTICLES: Record<WarrantyRule, Record<Cause, ArticleRef>> = {
  partial_goods_1995: {
    misuse: P.exclusionMisuse,
    unauthorised_disassembly: P.exclusionDisassembly,
    force_majeure: P.exclusionForceMajeure,
    prohibited_modification: P.exclusionMisuse,
    self_handling: P.exclusionMisuse,
    disclosed_defect: CONSUMER_LAW_ARTICLES.disclosedDefect,
  },
  car_2021: {
    disclosed_defect: C.exclusionDisclosed,
    misuse: C.exclusionMisuse,
    unauthorised_disassembly: C.exclusionModification,
    prohibited_modification: C.exclusionModification,
    self_handling: C.exclusionSelfHandling,
    force_majeure: C.exclusionForceMajeure,
  },
  consumer_law: {
    misuse: interpreted(CONSUMER_LAW_ARTICLES.qualityRemedies),
    unauthorised_disassembly: interpreted(CONSUMER_LAW_ARTICLES.qualityRemedies),
    force_majeure: interpreted(CONSUMER_LAW_ARTICLES.qualityRemedies),
    prohibited_modification: interpreted(CONSUMER_LAW_ARTICLES.qualityRemedies),
    self_handling: interpreted(CONSUMER_LAW_ARTICLES.qualityRemedies),
    disclosed_defect: CONSUMER_LAW_ARTICLES.disclosedDefect,
  },
};

const DOCUMENT_ARTICLES: Record<WarrantyRule, ArticleRef> = {
  partial_goods_1995: P.exclusionDocuments,
  car_2021: C.freeRepair, // Art. 19: repair on the voucher (unless the repairer can check it in its system)
  consumer_law: CONSUMER_LAW_ARTICLES.qualityRemedies,
};

const PERIOD_ARTICLES: Record<WarrantyRule, ArticleRef> = {
  partial_goods_1995: P.period,
  car_2021: C.periods,
  consumer_law: { instrument: "tenant_promise", article: null, confidence: "C" },
};

function exclusion(reason: ExclusionReason, ref: ArticleRef, reviewable?: boolean): Exclusion {
  return { reason, basis: formatBasis(ref, "zh-CN"), ref, ...(reviewable ? { reviewable } : {}) };
}

/** E1 / car C0: a damage the customer or an outside event caused. */
export function causeExclusion(ctx: Context): Exclusion | null {
  const cause = ctx.facts.fault.cause ?? "quality";
  if (cause === "quality") return null;
  return exclusion(cause, CAUSE_ARTICLES[ctx.rule][cause]);
}

/** E2: the documents the family requires are missing (lacking any or all of them, as configured). */
export function documentsExclusion(ctx: Context): Exclusion | null {
  const required = ctx.config.requiredEvidence[ctx.rule];
  const missing = required.filter((doc) => !ctx.evidence[doc]);
  const excluded =
    ctx.config.missingEvidence === "lacking_any"
      ? missing.length > 0
      : required.length > 0 && missing.length === required.length;
  if (!excluded) return null;
  if (ctx.config.reviewMissingDocuments)
    ctx.notices.push({ code: "documents_missing_review", params: { missing: missing.join(",") } });
  return exclusion("missing_documents", DOCUMENT_ARTICLES[ctx.rule], ctx.config.reviewMissingDocuments);
}

/** E3: the request falls after the period (or, for cars, beyond the mileage). */
export function periodExclusion(ctx: Context): Exclusion {
  return exclusion("period_expired", PERIOD_ARTICLES[ctx.rule]);
}
