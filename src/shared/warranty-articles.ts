import type { Locale } from "./i18n/locale.js";
import type { ArticleRef, Instrument } from "./warranty.js";

// Names of the instruments and the citation of an article, in both languages.
export const INSTRUMENT_NAMES: Record<Instrument, { zh: string; en: string; enShort: string }> = {
  partial_goods_1995: {
    zh: "部分商品三包规定",
    en: "Provisions on Repair, Exchange and Return Liability for Certain Goods (1995)",
    enShort: "Certain Goods 三包 Provisions (1995)",
  },
  flat_tv_2011: {
    zh: "质检总局2011年第20号公告",
    en: "AQSIQ Announcement No. 20 of 2011 (flat-panel TVs)",
    enShort: "AQSIQ Announcement 2011 No. 20",
  },
  car_2021: {
    zh: "家用汽车三包规定",
    en: "Provisions on Repair, Exchange and Return Liability for Household Cars (SAMR Order 43)",
    enShort: "Household Car 三包 Provisions (2021)",
  },
  consumer_law: {
    zh: "消费者权益保护法",
    en: "Consumer Rights and Interests Protection Law",
    enShort: "Consumer Protection Law",
  },
  civil_code: { zh: "民法典", en: "Civil Code", enShort: "Civil Code" },
  tenant_promise: { zh: "经营者三包承诺", en: "the maker's warranty promise", enShort: "maker's promise" },
  extended_plan: { zh: "延保服务", en: "extended warranty plan", enShort: "extended warranty plan" },
};

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 12 → 十二, 24 → 二十四 (article numbers stay below 100). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/** "部分商品三包规定 第十二条第一款" / "Certain Goods 三包 Provisions (1995), Art. 12(1)". */
export function formatBasis(ref: ArticleRef, locale: Locale): string {
  const names = INSTRUMENT_NAMES[ref.instrument];
  if (locale === "zh-CN") {
    const name = ref.name ? `${names.zh}「${ref.name}」` : names.zh;
    if (ref.article === null) {
      if (ref.clause === "exclusions")
        return `${name} 不实行三包的情形${ref.item ? `第（${chineseNumber(ref.item)}）项` : ""}（条号待核实）`;
      if (ref.clause === "free_repair") return `${name} 免费修理条款（条号待核实）`;
      return name;
    }
    const paragraph = ref.paragraph ? `第${chineseNumber(ref.paragraph)}款` : "";
    const item = ref.item ? `第（${chineseNumber(ref.item)}）项` : "";
    return `${name} 第${chineseNumber(ref.article)}条${paragraph}${item}`;
  }
  const name = ref.name ? `${names.enShort} “${ref.name}”` : names.enShort;
  if (ref.article === null) {
    if (ref.clause === "exclusions")
      return `${name}, exclusion list${ref.item ? ` item (${ROMAN[ref.item] ?? ref.item})` : ""} (article number unconfirmed)`;
    if (ref.clause === "free_repair") return `${name}, free-repair clause (article number unconfirmed)`;
    return name;
  }
  const paragraph = ref.paragraph ? `(${ref.paragraph})` : "";
  const item = ref.item ? `(${ROMAN[ref.item] ?? ref.item})` : "";
  return `${name}, Art. ${ref.article}${paragraph}${item}`;
}
