import type { RuleConfig } from "../../../../../shared/warranty-settings.js";

// The configurable points with their legal defaults. Each comment gives the source and, where
// rules.md marks it unconfirmed ([C]) or ambiguous, why it is a setting rather than code.
export const DEFAULT_CONFIG: RuleConfig = {
  // "自…之日起七日内": 民法典 Art. 201 starts a period counted in days on the next day; the 2017
  // 网络购买商品七日无理由退货暂行办法 counts "自签收商品的次日" [C]. Day k is X + k.
  dayCounting: "from_next_day",
  // 1995 Art. 8 释义 [C]: invoice 1995-12-01 with one year → the last day is 1996-12-01.
  periodEnd: "anniversary",
  // 1995 Art. 8 释义 [C]: a last day on a statutory holiday moves to the day after the holiday.
  rollPastHolidays: true,
  // The tenant's business calendar supplies these (statutory holidays and 调休 working days).
  holidays: [],
  workdays: [],
  // 1995 Art. 8 "凭发票及三包凭证"; car Art. 19 voucher (or the repairer's information system);
  // 消法 names no document.
  requiredEvidence: { partial_goods_1995: ["invoice", "voucher"], car_2021: ["voucher"], consumer_law: [] },
  // Exclusion (三) "无三包凭证及有效发票的" reads as "lacks both" or "lacks either" [C]: the
  // stricter reading by default, with the refusal flagged for review (释义: serve if provable).
  missingEvidence: "lacking_any",
  reviewMissingDocuments: true,
  partialGoods: {
    returnDays: 7, // Art. 9
    exchangeDays: 15, // Art. 10
    repairsBeforeExchange: 2, // Art. 11
    missingPartsDays: 90, // Art. 12 ¶1 (a category may set its own, e.g. phones 60 [C])
    repairerDelayDays: 30, // Art. 12 ¶2
    noDepreciationWithoutSameModel: true, // Art. 13, one copy only [C]
  },
  consumerLaw: {
    returnDays: 7, // Art. 24 ¶1
    defaultMonths: 12, // no statute: the period of free repair when nothing else is promised
    durableProofMonths: 6, // Art. 23 ¶3
  },
  noReasonReturn: {
    days: 7, // 消法 Art. 25 ¶1
    shippingPaidBy: "consumer", // Art. 25 ¶3, unless agreed otherwise
    refundWithinDays: 7, // Art. 25 ¶3
  },
  car: {
    // Art. 24(二) "发动机、变速器、动力蓄电池、行驶驱动电机…累计更换2次": per assembly or together is
    // not settled by the text; per assembly by default.
    assemblyCount: "same_assembly",
    earlyReturnDays: 7, // Art. 22
    earlyWindowDays: 60, // Art. 20, 23
    earlyWindowKm: 3000, // Art. 20, 23
    loanerAfterDays: 5, // Art. 21
    seriousRepairs: 2, // Art. 24(一)
    replacements: 2, // Art. 24(二)(三)
    cumulativeRepairDays: 30, // Art. 24(四)
    sameProblemRepairs: 4, // Art. 24(四): "超过4次"
    answerWorkingDays: 10, // Art. 28
    completeWorkingDays: 20, // Art. 28
  },
};
