import type { ArticleRef } from "../../../../../shared/warranty.js";
import type { CategoryEntry } from "../../../../../shared/warranty-settings.js";

// 《家用汽车产品修理更换退货责任规定》, 国家市场监督管理总局令第43号, 2021-07-22, in force 2022-01-01
// (repeals AQSIQ Order 150). Full text read in the LawRefBook/Laws mirror (rules.md §3, tag A).
const car = (article: number, paragraph?: number, item?: number): ArticleRef => ({
  instrument: "car_2021",
  article,
  confidence: "A",
  ...(paragraph ? { paragraph } : {}),
  ...(item ? { item } : {}),
});

export const CAR_ARTICLES = {
  periods: car(18),
  freeRepair: car(19),
  assemblyReplacement: car(20),
  loaner: car(21),
  sevenDays: car(22),
  sixtyDays: car(23),
  seriousSafety: car(24, 1, 1),
  assemblies: car(24, 1, 2),
  sameMajorPart: car(24, 1, 3),
  cumulative: car(24, 1, 4),
  noSameModel: car(25),
  compensation: car(26),
  usageFee: car(27),
  deadlines: car(28),
  exchangeRestarts: car(29),
  exclusionDisclosed: car(32, 1, 1),
  exclusionMisuse: car(32, 1, 2),
  exclusionModification: car(32, 1, 3),
  exclusionSelfHandling: car(32, 1, 4),
  exclusionForceMajeure: car(32, 1, 5),
  dayCounting: car(40),
} as const;

export const CAR_CATEGORIES: Record<string, CategoryEntry> = {
  household_car: {
    family: "car_2021",
    name: { zh: "家用汽车", en: "Household car" },
    // Art. 18: 三包有效期 ≥ 2 years / 50,000 km; 包修期 ≥ 3 years / 60,000 km, whichever comes first.
    wholeUnitMonths: 24,
    sanbaoKm: 50_000,
    repairMonths: 36,
    repairKm: 60_000,
    // Art. 27: n is set by the producer and printed on the voucher, at most 0.5 %; the legal cap by default.
    usageFeeCoefficient: 0.005,
    startAt: "invoice",
    durable: true,
    largeItem: true,
    source: {
      refs: [CAR_ARTICLES.periods, CAR_ARTICLES.usageFee],
      confidence: "A",
      url: "https://github.com/LawRefBook/Laws",
      note: "部门规章/市场监督管理总局/家用汽车产品修理更换退货责任规定(2021-07-22).md",
    },
  },
};
