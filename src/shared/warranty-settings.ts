import { z } from "zod";
import { type RmaSla, ZRmaSla } from "./rma-sla.js";
import {
  CONFIDENCES,
  SHIPPING_PAYERS,
  WARRANTY_RULES,
  ZArticleRef,
  zCalendarDate,
  zCategoryCode,
} from "./warranty.js";

// What a rule book is made of (categories and the configurable points of rules.md) and what a tenant
// may change in it. The legal defaults live in the server's engine (rules/*.ts) with their sources;
// a tenant's settings are layered on them by `ruleBookFor` and may only be more generous
// (1995 Art. 4: catalogue figures are minimums, a longer promise binds the maker).

const zBilingual = z
  .object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) })
  .strict();
const zBilingualList = z
  .object({
    zh: z.array(z.string().trim().min(1).max(60)).max(20),
    en: z.array(z.string().trim().min(1).max(60)).max(20),
  })
  .strict();

const ZCategorySource = z
  .object({
    refs: z.array(ZArticleRef).max(10),
    confidence: z.enum(CONFIDENCES),
    url: z.string().max(500).optional(),
    note: z.string().max(500).optional(),
  })
  .strict();

const ZCategoryEntry = z
  .object({
    family: z.enum(WARRANTY_RULES),
    name: zBilingual,
    /** 整机三包有效期 in months; for cars the 三包有效期 (Art. 18: at least 24). */
    wholeUnitMonths: z.number().int().min(0).max(600),
    /** 主要部件 period in months (1995 catalogue). */
    majorPartsMonths: z.number().int().min(0).max(600).optional(),
    majorParts: zBilingualList.optional(),
    /** 1995 Art. 13: daily depreciation as a fraction of the invoice price (0.001 = 0.1 % a day). */
    dailyDepreciation: z.number().min(0).max(0.01).optional(),
    /** Where the period starts: the invoice, or installation/commissioning (flat-panel TVs, 2011 公告). */
    startAt: z.enum(["invoice", "installation"]),
    /** 消法 Art. 23 ¶3 durable goods: the business proves a defect found within six months. */
    durable: z.boolean().optional(),
    /** Large items: the repairer pays reasonable transport (1995 free-repair clause). */
    largeItem: z.boolean().optional(),
    /** Days unrepaired for lack of the producer's parts before an exchange is due (1995 Art. 12: 90). */
    missingPartsDays: z.number().int().min(1).max(365).optional(),
    // Cars (SAMR Order 43 Art. 18, 27)
    sanbaoKm: z.number().int().min(0).max(10_000_000).optional(),
    repairMonths: z.number().int().min(0).max(600).optional(),
    repairKm: z.number().int().min(0).max(10_000_000).optional(),
    /** Art. 27 n: usage fee per 1,000 km as a fraction of the price, at most 0.005. */
    usageFeeCoefficient: z.number().min(0).max(0.005).optional(),
    source: ZCategorySource.optional(),
  })
  .strict();
export type CategoryEntry = z.infer<typeof ZCategoryEntry>;

const zEvidenceList = z.array(z.enum(["invoice", "voucher"])).max(2);
const days = (max: number) => z.number().int().min(0).max(max);

/** The configurable points. Every field's legal default and source is in the engine's rules/config.ts. */
const ZRuleConfig = z
  .object({
    /** "within N days of X": day 1 is the day after X (民法典 Art. 201, 暂行办法 [C]) or X itself. */
    dayCounting: z.enum(["from_next_day", "from_same_day"]),
    /** A period of N years ends on the same calendar date (释义 [C]) or the day before. */
    periodEnd: z.enum(["anniversary", "day_before_anniversary"]),
    /** A period ending on a statutory holiday ends on the next working day instead (释义 [C]). */
    rollPastHolidays: z.boolean(),
    /** Statutory holidays and 调休 working days, for the roll-forward and working-day deadlines. */
    holidays: z.array(zCalendarDate).max(2000),
    workdays: z.array(zCalendarDate).max(2000),
    /** Documents a family requires; `missingEvidence` settles "无三包凭证及有效发票" (lacks any vs lacks all). */
    requiredEvidence: z
      .object({
        partial_goods_1995: zEvidenceList,
        car_2021: zEvidenceList,
        consumer_law: zEvidenceList,
      })
      .strict(),
    missingEvidence: z.enum(["lacking_any", "lacking_all"]),
    /** Art. 8 释义 [C]: flag a missing-documents refusal for manual review when purchase can be proved. */
    reviewMissingDocuments: z.boolean(),
    partialGoods: z
      .object({
        returnDays: days(365),
        exchangeDays: days(365),
        repairsBeforeExchange: z.number().int().min(1).max(20),
        missingPartsDays: days(365),
        repairerDelayDays: days(365),
        /** Art. 13 (one copy [C]): no depreciation when the seller has no same model. */
        noDepreciationWithoutSameModel: z.boolean(),
      })
      .strict(),
    consumerLaw: z
      .object({
        returnDays: days(365),
        /** The period of free repair/exchange when no catalogue and no promise says otherwise. */
        defaultMonths: z.number().int().min(0).max(600),
        durableProofMonths: z.number().int().min(0).max(120),
      })
      .strict(),
    noReasonReturn: z
      .object({
        days: days(365),
        shippingPaidBy: z.enum(SHIPPING_PAYERS),
        refundWithinDays: days(365),
      })
      .strict(),
    car: z
      .object({
        /** Art. 24(二): two replacements of the same assembly, or of any of the four together. */
        assemblyCount: z.enum(["same_assembly", "any_assembly"]),
        earlyReturnDays: days(365),
        earlyWindowDays: days(365),
        earlyWindowKm: z.number().int().min(0).max(1_000_000),
        loanerAfterDays: days(365),
        seriousRepairs: z.number().int().min(1).max(20),
        replacements: z.number().int().min(1).max(20),
        cumulativeRepairDays: days(365),
        sameProblemRepairs: z.number().int().min(1).max(20),
        answerWorkingDays: days(365),
        completeWorkingDays: days(365),
      })
      .strict(),
  })
  .strict();
export type RuleConfig = z.infer<typeof ZRuleConfig>;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A tenant's 三包 settings: extra or lengthened categories and the configurable points (PUT by an admin). */
export const ZWarrantySettings = z
  .object({
    categories: z.record(zCategoryCode, ZCategoryEntry.partial().strict()).optional(),
    config: ZRuleConfig.extend({
      requiredEvidence: ZRuleConfig.shape.requiredEvidence.partial(),
      partialGoods: ZRuleConfig.shape.partialGoods.partial(),
      consumerLaw: ZRuleConfig.shape.consumerLaw.partial(),
      noReasonReturn: ZRuleConfig.shape.noReasonReturn.partial(),
      car: ZRuleConfig.shape.car.partial(),
    })
      .partial()
      .strict()
      .optional(),
    // The RMA steps' SLA targets in days (see rma-sla.ts); the defaults apply where absent.
    rmaSla: ZRmaSla.partial().strict().optional(),
  })
  .strict();
export type WarrantySettings = {
  categories?: Record<string, Partial<CategoryEntry>>;
  config?: DeepPartial<RuleConfig>;
  rmaSla?: Partial<RmaSla>;
};
