import type { Locale } from "./i18n/locale.js";
import type {
  ArticleRef,
  Entitlement,
  EntitlementNotice,
  EntitlementRemedy,
  ExclusionReason,
  NoticeCode,
  Remedy,
  ShippingPayer,
} from "./warranty.js";
import { formatBasis, INSTRUMENT_NAMES } from "./warranty-articles.js";

// The "why" panel: an entitlement in plain sentences. Each language implements the whole `Phrases`
// catalogue, so a sentence missing in one language is a type error, not an English fallback.

type Period = Entitlement["period"];
type Params = Record<string, string | number>;

type Phrases = {
  remedy: Record<Remedy, string>;
  exclusion: Record<ExclusionReason, string>;
  startBasis: Record<Period["startBasis"], string>;
  shipping: Record<ShippingPayer, string>;
  decidedUnder(instrument: string): string;
  period(p: Period): string;
  carPeriod(p: Period): string;
  excluded(reason: string, basis: string): string;
  onlyPaidRepair: string;
  noRemedy: string;
  remedyLine(name: string, terms: string[], basis: string): string;
  free: string;
  notFree: string;
  deadline(date: string): string;
  availableFrom(date: string): string;
  shippingBy(payer: string): string;
  depreciation(ratePercent: string, days: number | undefined): string;
  usageFee(km: number, coefficient: string, sharePercent: string): string;
  refundWithin(days: number): string;
  answerBy(date: string, complete: string | undefined): string;
  condition: Record<NonNullable<EntitlementRemedy["condition"]>, string>;
  repairerPays: string;
  notice: Record<NoticeCode, (p: Params) => string>;
  itemFlag: Record<string, string>;
  list(items: string[]): string;
};

const BURDEN_OF_PROOF: ArticleRef = {
  instrument: "consumer_law",
  article: 23,
  paragraph: 3,
  confidence: "A",
};

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(4))}%`;

const ZH: Phrases = {
  remedy: {
    return: "退货（退还货款）",
    exchange: "换货",
    repair: "免费维修",
    paid_repair: "付费维修",
    no_reason_return: "七日无理由退货",
    assembly_replacement: "免费更换总成",
    loaner: "备用车或交通费用补偿",
  },
  exclusion: {
    misuse: "损坏因使用、维护或保管不当造成",
    unauthorised_disassembly: "损坏因非三包修理者拆动造成",
    force_majeure: "损坏因不可抗力造成",
    disclosed_defect: "该瑕疵在购买前已书面告知",
    prohibited_modification: "进行了说明书明确禁止的改装、调整或拆卸",
    self_handling: "故障出现后自行处置不当",
    missing_documents: "缺少有效发票或三包凭证",
    period_expired: "已超过三包有效期",
  },
  startBasis: {
    invoice: "开具发票之日",
    delivery: "交付之日",
    installation: "安装调试完成之日",
    exchange: "换货之日",
    receipt: "收货之日",
  },
  shipping: { business: "经营者", repairer: "修理者", consumer: "消费者" },
  decidedUnder: (instrument) => `本结果依据《${instrument}》判定。`,
  period: (p) =>
    `三包有效期自${p.start}（${ZH.startBasis[p.startBasis]}）起算，整机至${p.wholeUnitEndsAt}${
      p.majorPartsEndsAt ? `，主要部件至${p.majorPartsEndsAt}` : ""
    }。`,
  carPeriod: (p) =>
    `三包有效期自${p.start}（${ZH.startBasis[p.startBasis]}）起算，至${p.wholeUnitEndsAt}或行驶${
      p.mileageLimitKm?.sanbao ?? 0
    }公里止；包修期至${p.repairEndsAt ?? p.wholeUnitEndsAt}或行驶${p.mileageLimitKm?.repair ?? 0}公里止，以先到者为准。`,
  excluded: (reason, basis) => `不适用三包：${reason}（依据：${basis}）。`,
  onlyPaidRepair: "可以付费维修。",
  noRemedy: "目前没有可选的售后方式。",
  remedyLine: (name, terms, basis) => `${name}：${terms.join("，")}。依据：${basis}。`,
  free: "免费",
  notFree: "需承担部分费用",
  deadline: (date) => `须在${date}（含）前提出`,
  availableFrom: (date) => `自${date}起提供`,
  shippingBy: (payer) => `运费由${payer}承担`,
  depreciation: (rate, days) =>
    `可按发票价格每日${rate}收取折旧费${days === undefined ? "" : `（目前计${days}天）`}`,
  usageFee: (km, n, share) => `需支付使用补偿费：车价 × ${km}公里 ÷ 1000 × ${n}，约为车价的${share}`,
  refundWithin: (days) => `经营者收到退回商品后${days}日内退款`,
  answerBy: (date, complete) => `销售者应在${date}前答复${complete ? `，在${complete}前办结` : ""}`,
  condition: {
    statutory_termination: "仅在符合法定解除合同条件时可以退货",
    other_model_accepted: "销售者没有同型号同规格产品，需消费者同意换其他型号",
    no_lower_configuration: "无同品牌同型号车辆时，换不低于原车配置的车辆",
  },
  repairerPays: "费用由修理者承担",
  notice: {
    burden_of_proof_on_business: (p) =>
      `耐用商品在接受后六个月内发现瑕疵的，由经营者承担举证责任（${p.until}前，依据：${formatBasis(BURDEN_OF_PROOF, "zh-CN")}）。`,
    period_extended_by_repairs: (p) =>
      `修理占用和等待零配件的${p.days}天已从三包有效期中扣除，期限相应顺延。`,
    period_restarted_by_exchange: (p) => `换货后三包有效期自换货之日（${p.date}）起重新计算。`,
    period_started_at_installation: (p) => `三包有效期自安装调试完成之日（${p.date}）起计算。`,
    period_started_at_delivery: (p) => `开票日期与交车日期不一致，三包有效期自交车之日（${p.date}）起计算。`,
    period_rolled_past_holiday: (p) => `期限最后一天（${p.from}）为休息日，顺延至${p.to}。`,
    no_reason_return_excluded_item: (p) =>
      `该商品${ZH.itemFlag[String(p.flag)] ?? ""}，不适用七日无理由退货。`,
    no_reason_return_not_intact: () => "退回的商品不完好，不适用七日无理由退货。",
    no_reason_return_expired: (p) => `七日无理由退货期已于${p.date}届满。`,
    loaner_from_day_six: (p) => `本次维修如超过5日，自${p.date}起应提供备用车或交通费用补偿。`,
    documents_missing_review: () => "如能以其他方式证明购买日期和三包资格，可申请人工复核。",
    promise_longer_than_law: (p) => `厂家承诺的${p.months}个月保修期高于法定标准，按承诺执行。`,
    extended_plan_applies: (p) => `法定三包期已过，延保服务「${p.name}」保修至${p.endsAt}。`,
    mileage_limit_reached: (p) => `车辆已行驶${p.km}公里，超过三包有效期的里程限制。`,
    fallback_consumer_law: () => "该产品不在三包目录内，按消费者权益保护法第二十四条处理。",
    car_exchange_costs_refunded: () =>
      "换车或退车时，销售者还应赔偿车辆登记费、其收取的加装和装饰费用（扣除合理折旧）及服务费（家用汽车三包规定 第二十六条）。",
    repair_guaranteed_thirty_days: () =>
      "修理者应保证修理后的产品能够正常使用30日以上（部分商品三包规定 第六条）。",
  },
  itemFlag: {
    custom_made: "为消费者定作",
    perishable: "属鲜活易腐商品",
    opened_digital: "为已拆封或在线下载的数字化商品",
    periodical: "为已交付的报纸、期刊",
    confirmed_not_returnable: "经购买时确认不宜退货",
  },
  list: (items) => items.join("、"),
};

const EN: Phrases = {
  remedy: {
    return: "Return for a refund",
    exchange: "Exchange",
    repair: "Free repair",
    paid_repair: "Paid repair",
    no_reason_return: "Seven-day no-reason return",
    assembly_replacement: "Free replacement of the assembly",
    loaner: "Loaner car or transport compensation",
  },
  exclusion: {
    misuse: "the damage comes from improper use, maintenance or storage",
    unauthorised_disassembly: "the unit was taken apart by someone not authorised to repair it",
    force_majeure: "the damage comes from force majeure",
    disclosed_defect: "the defect was disclosed in writing before purchase",
    prohibited_modification: "the unit was modified, adjusted or taken apart against the manual",
    self_handling: "the fault was handled improperly by the owner",
    missing_documents: "the invoice or the 三包 voucher is missing",
    period_expired: "the 三包 period is over",
  },
  startBasis: {
    invoice: "the invoice date",
    delivery: "the delivery date",
    installation: "the day installation was finished",
    exchange: "the exchange date",
    receipt: "the day the goods arrived",
  },
  shipping: { business: "the seller", repairer: "the repairer", consumer: "the customer" },
  decidedUnder: (instrument) => `Decided under the ${instrument}.`,
  period: (p) =>
    `The 三包 period runs from ${p.start} (${EN.startBasis[p.startBasis]}): the whole unit until ${p.wholeUnitEndsAt}${
      p.majorPartsEndsAt ? `, the main components until ${p.majorPartsEndsAt}` : ""
    }.`,
  carPeriod: (p) =>
    `The 三包 period runs from ${p.start} (${EN.startBasis[p.startBasis]}) until ${p.wholeUnitEndsAt} or ${
      p.mileageLimitKm?.sanbao ?? 0
    } km; free repair until ${p.repairEndsAt ?? p.wholeUnitEndsAt} or ${p.mileageLimitKm?.repair ?? 0} km, whichever comes first.`,
  excluded: (reason, basis) => `No 三包 remedy: ${reason} (${basis}).`,
  onlyPaidRepair: "The unit can be repaired at the customer's cost.",
  noRemedy: "No after-sales remedy applies at the moment.",
  remedyLine: (name, terms, basis) => `${name}: ${terms.join(", ")}. Basis: ${basis}.`,
  free: "free of charge",
  notFree: "some costs fall on the customer",
  deadline: (date) => `ask by ${date}`,
  availableFrom: (date) => `owed from ${date}`,
  shippingBy: (payer) => `shipping paid by ${payer}`,
  depreciation: (rate, days) =>
    `depreciation of ${rate} of the invoice price per day may be charged${days === undefined ? "" : ` (${days} days so far)`}`,
  usageFee: (km, n, share) => `a usage fee of price × ${km} km ÷ 1000 × ${n}, about ${share} of the price`,
  refundWithin: (days) => `refund within ${days} days of the goods coming back`,
  answerBy: (date, complete) =>
    `the seller answers by ${date}${complete ? ` and completes by ${complete}` : ""}`,
  condition: {
    statutory_termination: "only if the legal conditions to end the contract are met",
    other_model_accepted:
      "the seller has no unit of the same model, so only if the customer accepts another model",
    no_lower_configuration: "without the same brand and model, a car of no lower configuration",
  },
  repairerPays: "the repairer bears the cost",
  notice: {
    burden_of_proof_on_business: (p) =>
      `For durable goods a defect found within six months is the business's to disprove (until ${p.until}; ${formatBasis(BURDEN_OF_PROOF, "en")}).`,
    period_extended_by_repairs: (p) =>
      `${p.days} days in repair or waiting for parts extend the 三包 period.`,
    period_restarted_by_exchange: (p) => `After the exchange on ${p.date} the 三包 period starts again.`,
    period_started_at_installation: (p) =>
      `The 三包 period starts when installation was finished (${p.date}).`,
    period_started_at_delivery: (p) =>
      `Invoice and delivery dates differ, so the period starts at delivery (${p.date}).`,
    period_rolled_past_holiday: (p) =>
      `The last day (${p.from}) is a day off, so the period runs to ${p.to}.`,
    no_reason_return_excluded_item: (p) =>
      `No no-reason return: the item ${EN.itemFlag[String(p.flag)] ?? ""}.`,
    no_reason_return_not_intact: () => "No no-reason return: the item is not intact.",
    no_reason_return_expired: (p) => `The seven-day no-reason return ended on ${p.date}.`,
    loaner_from_day_six: (p) =>
      `If this repair takes more than 5 days, a loaner car or transport compensation is owed from ${p.date}.`,
    documents_missing_review: () =>
      "If the purchase and its date can be proved another way, ask for a manual review.",
    promise_longer_than_law: (p) =>
      `The maker promises ${p.months} months, more than the law requires; the promise applies.`,
    extended_plan_applies: (p) =>
      `The legal period is over; the extended warranty plan “${p.name}” covers repairs until ${p.endsAt}.`,
    mileage_limit_reached: (p) => `At ${p.km} km the car is beyond the mileage of the 三包 period.`,
    fallback_consumer_law: () =>
      "The product is not in a 三包 catalogue, so Art. 24 of the Consumer Protection Law applies.",
    car_exchange_costs_refunded: () =>
      "On an exchange or return the seller also repays the registration fee, its add-ons and decorations less reasonable depreciation, and its service fees (Household Car 三包 Provisions (2021), Art. 26).",
    repair_guaranteed_thirty_days: () =>
      "The repairer guarantees at least 30 days of normal use after a repair (Certain Goods 三包 Provisions (1995), Art. 6).",
  },
  itemFlag: {
    custom_made: "was made to order",
    perishable: "is perishable",
    opened_digital: "is digital content that was opened or downloaded",
    periodical: "is a delivered newspaper or periodical",
    confirmed_not_returnable: "was confirmed as not returnable at purchase",
  },
  list: (items) => items.join(", "),
};

const WARRANTY_PHRASES: Record<Locale, Phrases> = { "zh-CN": ZH, en: EN };

/** A remedy's name in the given language (for lists and buttons). */
export const remedyName = (remedy: Remedy, locale: Locale) => WARRANTY_PHRASES[locale].remedy[remedy];

function remedyTerms(r: EntitlementRemedy, t: Phrases): string[] {
  const terms = [r.free ? t.free : t.notFree];
  if (r.condition) terms.push(t.condition[r.condition]);
  if (r.deadline) terms.push(t.deadline(r.deadline));
  if (r.availableFrom) terms.push(t.availableFrom(r.availableFrom));
  if (r.depreciationPerDay !== undefined)
    terms.push(t.depreciation(percent(r.depreciationPerDay), r.depreciationDays));
  if (r.usageFee)
    terms.push(
      t.usageFee(r.usageFee.mileageKm, percent(r.usageFee.coefficient), percent(r.usageFee.shareOfPrice)),
    );
  if (r.refundWithinDays !== undefined) terms.push(t.refundWithin(r.refundWithinDays));
  if (r.answerBy) terms.push(t.answerBy(r.answerBy, r.completeBy));
  if (r.costBorneBy === "repairer") terms.push(t.repairerPays);
  if (r.shippingPaidBy) terms.push(t.shippingBy(t.shipping[r.shippingPaidBy]));
  return terms;
}

const noticeLine = (n: EntitlementNotice, t: Phrases) => t.notice[n.code](n.params ?? {});

/** The result in plain sentences: which rule, the period, then each remedy with its article, or why none. */
export function explainEntitlement(result: Entitlement, locale: Locale): string[] {
  const t = WARRANTY_PHRASES[locale];
  const names = INSTRUMENT_NAMES[result.rule];
  const lines = [t.decidedUnder(locale === "zh-CN" ? names.zh : names.en)];
  lines.push(result.rule === "car_2021" ? t.carPeriod(result.period) : t.period(result.period));
  if (result.exclusion) {
    lines.push(t.excluded(t.exclusion[result.exclusion.reason], formatBasis(result.exclusion.ref, locale)));
    lines.push(t.onlyPaidRepair);
  } else if (result.remedies.length === 0) {
    lines.push(t.noRemedy);
  } else {
    for (const r of result.remedies)
      lines.push(t.remedyLine(t.remedy[r.remedy], remedyTerms(r, t), formatBasis(r.ref, locale)));
  }
  for (const n of result.notices) lines.push(noticeLine(n, t));
  return lines;
}
