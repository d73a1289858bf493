import { describe, expect, it } from "vitest";
import { type Entitlement, NOTICES, REMEDIES } from "./warranty.js";
import { chineseNumber, formatBasis } from "./warranty-articles.js";
import { explainEntitlement, remedyName } from "./warranty-explain.js";

// The "why" panel reads the engine's answer in plain words, in both languages.
const TV_DAY_5: Entitlement = {
  rule: "partial_goods_1995",
  category: "lcd_tv",
  period: {
    start: "2026-03-01",
    startBasis: "installation",
    wholeUnitEndsAt: "2027-03-01",
    majorPartsEndsAt: "2029-03-01",
    extendedDays: 0,
  },
  remedies: [
    {
      remedy: "return",
      basis: "部分商品三包规定 第九条",
      ref: { instrument: "partial_goods_1995", article: 9, confidence: "B" },
      free: true,
      deadline: "2026-03-08",
      shippingPaidBy: "business",
    },
    {
      remedy: "return",
      basis: "部分商品三包规定 第十三条",
      ref: { instrument: "partial_goods_1995", article: 13, confidence: "B" },
      free: false,
      depreciationPerDay: 0.001,
      depreciationDays: 40,
    },
  ],
  exclusion: null,
  notices: [{ code: "period_extended_by_repairs", params: { days: 12 } }],
};
const MISUSE: Entitlement = {
  ...TV_DAY_5,
  remedies: [
    {
      remedy: "paid_repair",
      basis: "x",
      ref: { instrument: "car_2021", article: 32, paragraph: 1, item: 2, confidence: "A" },
      free: false,
    },
  ],
  exclusion: {
    reason: "misuse",
    basis: "x",
    ref: { instrument: "car_2021", article: 32, paragraph: 1, item: 2, confidence: "A" },
  },
  notices: [],
};
const CJK_EXCEPT_SANBAO = /[\u4e00-\u9fff]/u;

describe("explainEntitlement", () => {
  it("says which rule, the period, and each remedy with its terms and article — in Chinese", () => {
    const text = explainEntitlement(TV_DAY_5, "zh-CN");
    expect(text[0]).toBe("本结果依据《部分商品三包规定》判定。");
    expect(text[1]).toBe(
      "三包有效期自2026-03-01（安装调试完成之日）起算，整机至2027-03-01，主要部件至2029-03-01。",
    );
    expect(text[2]).toBe(
      "退货（退还货款）：免费，须在2026-03-08（含）前提出，运费由经营者承担。依据：部分商品三包规定 第九条。",
    );
    expect(text[3]).toBe(
      "退货（退还货款）：需承担部分费用，可按发票价格每日0.1%收取折旧费（目前计40天）。依据：部分商品三包规定 第十三条。",
    );
    expect(text[4]).toBe("修理占用和等待零配件的12天已从三包有效期中扣除，期限相应顺延。");
  });

  it("and in English, with the article cited in English", () => {
    const text = explainEntitlement(TV_DAY_5, "en");
    expect(text[2]).toBe(
      "Return for a refund: free of charge, ask by 2026-03-08, shipping paid by the seller. Basis: Certain Goods 三包 Provisions (1995), Art. 9.",
    );
    expect(text[3]).toContain(
      "depreciation of 0.1% of the invoice price per day may be charged (40 days so far)",
    );
  });

  it("explains an exclusion and that only paid repair remains", () => {
    expect(explainEntitlement(MISUSE, "zh-CN").slice(2)).toEqual([
      "不适用三包：损坏因使用、维护或保管不当造成（依据：家用汽车三包规定 第三十二条第一款第（二）项）。",
      "可以付费维修。",
    ]);
    expect(explainEntitlement(MISUSE, "en").slice(2)).toEqual([
      "No 三包 remedy: the damage comes from improper use, maintenance or storage (Household Car 三包 Provisions (2021), Art. 32(1)(ii)).",
      "The unit can be repaired at the customer's cost.",
    ]);
  });

  it("has a sentence for every notice in both languages; the English one is English", () => {
    const params = {
      days: 3,
      date: "2026-03-01",
      from: "2026-03-01",
      to: "2026-03-02",
      flag: "perishable",
      months: 24,
      name: "Plan",
      endsAt: "2028-01-01",
      km: 50000,
      until: "2026-09-01",
      missing: "voucher",
    };
    for (const code of NOTICES) {
      const one = { ...TV_DAY_5, remedies: [], notices: [{ code, params }] };
      const zh = explainEntitlement(one, "zh-CN").at(-1) ?? "";
      const en = explainEntitlement(one, "en").at(-1) ?? "";
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/u);
      expect(en.replaceAll("三包", ""), code).not.toMatch(CJK_EXCEPT_SANBAO);
      expect(`${zh}${en}`, code).not.toMatch(/undefined|NaN/);
    }
  });

  it("names every remedy in both languages", () => {
    for (const r of REMEDIES) {
      expect(remedyName(r, "zh-CN")).toMatch(/[\u4e00-\u9fff]/u);
      expect(remedyName(r, "en")).toMatch(/^[A-Z][a-z -]+$/);
    }
  });
});

describe("citations", () => {
  it("numbers articles the Chinese way", () => {
    expect([1, 9, 10, 12, 20, 24, 32, 40].map(chineseNumber)).toEqual([
      "一",
      "九",
      "十",
      "十二",
      "二十",
      "二十四",
      "三十二",
      "四十",
    ]);
  });

  it("cites paragraph and item, and says when a number is unconfirmed", () => {
    const ref = { instrument: "car_2021", article: 24, paragraph: 1, item: 4, confidence: "A" } as const;
    expect(formatBasis(ref, "zh-CN")).toBe("家用汽车三包规定 第二十四条第一款第（四）项");
    expect(formatBasis(ref, "en")).toBe("Household Car 三包 Provisions (2021), Art. 24(1)(iv)");
    const unconfirmed = {
      instrument: "partial_goods_1995",
      article: null,
      clause: "exclusions",
      item: 3,
      confidence: "C",
    } as const;
    expect(formatBasis(unconfirmed, "zh-CN")).toBe(
      "部分商品三包规定 不实行三包的情形第（三）项（条号待核实）",
    );
    expect(formatBasis(unconfirmed, "en")).toBe(
      "Certain Goods 三包 Provisions (1995), exclusion list item (iii) (article number unconfirmed)",
    );
  });
});
