import type { ArticleRef } from "../../../../../shared/warranty.js";
import type { CategoryEntry } from "../../../../../shared/warranty-settings.js";

// 《部分商品修理更换退货责任规定》, 国经贸〔1995〕458号, 1995-08-25 (国家经贸委、国家技术监督局、国家工商局、财政部).
// Article texts from third-party copies (rules.md §2, tag B); the free-repair clause and the
// exclusion list were read without their article numbers (tag C), so `article` is null there.
const pg = (
  article: number | null,
  confidence: ArticleRef["confidence"],
  paragraph?: number,
): ArticleRef => ({
  instrument: "partial_goods_1995",
  article,
  confidence,
  ...(paragraph ? { paragraph } : {}),
});
const exclusion = (item: number): ArticleRef => ({
  instrument: "partial_goods_1995",
  article: null,
  confidence: "C",
  clause: "exclusions",
  item,
});

export const PARTIAL_GOODS_ARTICLES = {
  /** Art. 4: catalogue figures are minimums; stricter promises bind. */
  minimums: pg(4, "B"),
  /** Art. 6: the repairer guarantees 30+ days of normal use after a repair (a notice). */
  repairGuarantee: pg(6, "B"),
  /** Art. 8: the period runs from the invoice, less time in repair and waiting for parts; invoice + voucher. */
  period: pg(8, "B"),
  /** Art. 9: ≤ 7 days from sale, performance fault → return, exchange or repair. */
  sevenDays: pg(9, "B"),
  /** Art. 10: ≤ 15 days from sale, performance fault → exchange or repair. */
  fifteenDays: pg(10, "B"),
  /** Art. 11: repaired twice and still not usable → free exchange (or return under Art. 13). */
  twoRepairs: pg(11, "B"),
  /** Art. 12 ¶1: producer's parts missing, not repaired > 90 days after sending → free exchange. */
  missingParts: pg(12, "B", 1),
  /** Art. 12 ¶2: repair > 30 days through the repairer's fault → free exchange at the repairer's cost. */
  repairerDelay: pg(12, "B", 2),
  /** Art. 13: return when exchange is due; depreciation when the seller has the same model. */
  returnInsteadOfExchange: pg(13, "B"),
  /** Art. 14: the period restarts on the exchange date. */
  exchangeRestarts: pg(14, "B"),
  /** Free repair within the period (materials + labour; transport for large items); number unconfirmed. */
  freeRepair: {
    instrument: "partial_goods_1995",
    article: null,
    confidence: "C",
    clause: "free_repair",
  } as ArticleRef,
  /** The exclusion list (一)–(五); number unconfirmed. */
  exclusionMisuse: exclusion(1),
  exclusionDisassembly: exclusion(2),
  exclusionDocuments: exclusion(3),
  exclusionForceMajeure: exclusion(5),
} as const;

const FLAT_TV_2011: ArticleRef = { instrument: "flat_tv_2011", article: null, confidence: "C" };

const CATALOGUE_URL = "http://www.lygzb.net/html/text/chl/134/13469_3.html";
const annexRow = {
  refs: [pg(null, "B")],
  confidence: "B" as const,
  url: CATALOGUE_URL,
  note: "《实施三包的部分商品目录（第一批）》",
};
const secondary = (url: string, note: string) => ({
  refs: [pg(null, "C")],
  confidence: "C" as const,
  url,
  note,
});

const tv = {
  zh: ["显像管", "行输出变压器", "高频头", "集成电路"],
  en: ["picture tube", "line output transformer", "tuner", "integrated circuits"],
};

/** The catalogue (rules.md §2.1). Rows read in the annex are tag B; the rest are secondary figures, tag C. */
export const PARTIAL_GOODS_CATEGORIES: Record<string, CategoryEntry> = {
  bicycle: {
    family: "partial_goods_1995",
    name: { zh: "自行车", en: "Bicycle" },
    wholeUnitMonths: 12,
    majorPartsMonths: 24,
    majorParts: { zh: ["车架", "变速器"], en: ["frame", "gears"] },
    dailyDepreciation: 0.0005,
    startAt: "invoice",
    source: annexRow,
  },
  color_tv: {
    family: "partial_goods_1995",
    name: { zh: "彩色电视机", en: "Colour TV" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: tv,
    dailyDepreciation: 0.001,
    startAt: "invoice",
    durable: true,
    largeItem: true,
    source: annexRow,
  },
  bw_tv: {
    family: "partial_goods_1995",
    name: { zh: "黑白电视机", en: "Black-and-white TV" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: tv,
    dailyDepreciation: 0.0005,
    startAt: "invoice",
    durable: true,
    source: annexRow,
  },
  vcr: {
    family: "partial_goods_1995",
    name: { zh: "家用录像机", en: "Video recorder" },
    wholeUnitMonths: 12,
    majorPartsMonths: 12,
    majorParts: {
      zh: ["磁鼓电机", "主导轴电机", "加载电机", "集成电路"],
      en: ["drum motor", "capstan motor", "loading motor", "integrated circuits"],
    },
    dailyDepreciation: 0.001,
    startAt: "invoice",
    source: annexRow,
  },
  // 国家质检总局 2011年第20号公告, in force 2011-03-01: flat-panel TVs; the period starts when
  // delivery, installation and commissioning are finished (or at the invoice if none is needed).
  plasma_tv: {
    family: "partial_goods_1995",
    name: { zh: "等离子电视机", en: "Plasma TV" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: {
      zh: ["显示屏", "驱动组件", "逻辑组件", "高频调谐器"],
      en: ["display panel", "driver board", "logic board", "tuner"],
    },
    dailyDepreciation: 0.001,
    startAt: "installation",
    durable: true,
    largeItem: true,
    source: { refs: [FLAT_TV_2011], confidence: "C", url: "http://panasonic.cn/policy/tv_provision/" },
  },
  lcd_tv: {
    family: "partial_goods_1995",
    name: { zh: "液晶电视机", en: "LCD TV" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: {
      zh: ["显示屏", "背光组件", "逻辑组件", "高频调谐器"],
      en: ["display panel", "backlight", "logic board", "tuner"],
    },
    dailyDepreciation: 0.001,
    startAt: "installation",
    durable: true,
    largeItem: true,
    source: { refs: [FLAT_TV_2011], confidence: "C", url: "http://panasonic.cn/policy/tv_provision/" },
  },
  // First-batch items whose annex rows could not be read: secondary figures [C], no daily rate known
  // (a tenant sets `dailyDepreciation`; without one a return under Art. 13 names no rate).
  refrigerator: {
    family: "partial_goods_1995",
    name: { zh: "家用电冰箱", en: "Refrigerator" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: { zh: ["压缩机"], en: ["compressor"] },
    startAt: "invoice",
    durable: true,
    largeItem: true,
    source: secondary("http://renrenfa168.net/1-22242-0.html", "annex row unread; secondary figures"),
  },
  washer: {
    family: "partial_goods_1995",
    name: { zh: "洗衣机", en: "Washing machine" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: { zh: ["电机", "程控器"], en: ["motor", "programme controller"] },
    startAt: "invoice",
    durable: true,
    largeItem: true,
    source: secondary("http://t3h0x2.qsbi.cn/en/FAQ.aspx?c=0204&id=188", "manufacturer policy page"),
  },
  air_conditioner: {
    family: "partial_goods_1995",
    name: { zh: "家用空调器", en: "Air conditioner" },
    wholeUnitMonths: 12,
    majorPartsMonths: 36,
    majorParts: { zh: ["压缩机", "风扇电机", "温控器"], en: ["compressor", "fan motor", "thermostat"] },
    startAt: "installation",
    durable: true,
    largeItem: true,
    source: secondary("https://kxshz.com/changshi/dl4nx0.html", "annex row unread; secondary figures"),
  },
  microwave: {
    family: "partial_goods_1995",
    name: { zh: "微波炉", en: "Microwave oven" },
    wholeUnitMonths: 12,
    majorPartsMonths: 24,
    majorParts: { zh: ["电脑板"], en: ["control board"] },
    startAt: "invoice",
    source: secondary("http://t3h0x2.qsbi.cn/en/FAQ.aspx?c=0204&id=188", "manufacturer's list"),
  },
  // Phones (2001) and PCs (2002) have rules of their own whose texts were not read (rules.md §2.2, §5.4):
  // decided here on the 1995 framework with their reported periods, all tag C. Phones: 60 days of
  // missing parts instead of 90 (secondary page).
  mobile_phone: {
    family: "partial_goods_1995",
    name: { zh: "移动电话机", en: "Mobile phone" },
    wholeUnitMonths: 12,
    startAt: "invoice",
    missingPartsDays: 60,
    source: secondary(
      "https://cjzw.cn/hetong/lsu16_2.html",
      "移动电话机三包规定 (2001) not read; 1995 framework applied",
    ),
  },
  pc: {
    family: "partial_goods_1995",
    name: { zh: "微型计算机", en: "Personal computer" },
    wholeUnitMonths: 12,
    majorPartsMonths: 24,
    majorParts: {
      zh: ["主板", "CPU", "内存", "显示设备", "硬盘驱动器", "键盘", "电源适配器"],
      en: ["motherboard", "CPU", "memory", "display", "hard disk", "keyboard", "power adapter"],
    },
    startAt: "invoice",
    durable: true,
    source: secondary(
      "http://www.alligato.cn/tiyu/20230525/25198018.html",
      "微型计算机三包规定 (2002) summaries only",
    ),
  },
};
