import { describe, expect, it } from "vitest";
import type { Entitlement } from "../../../shared/warranty.js";
import { refundFor } from "./refund.js";

const entitlement = (remedy: Partial<Entitlement["remedies"][number]>): Entitlement => ({
  rule: "partial_goods_1995",
  category: "lcd_tv",
  period: { start: "2026-01-01", startBasis: "invoice", wholeUnitEndsAt: "2027-01-01", extendedDays: 0 },
  remedies: [
    {
      remedy: "return",
      basis: "部分商品三包规定 第十三条",
      ref: { instrument: "partial_goods_1995", article: 13, confidence: "B" },
      free: false,
      ...remedy,
    },
  ],
  exclusion: null,
  notices: [],
});

describe("refund of a return", () => {
  it("is the invoice price when the rules allow no depreciation", () => {
    expect(refundFor("3999.00", entitlement({}))).toBe("3999.00");
  });

  it("takes off the daily depreciation over the days counted (第十三条)", () => {
    // 0.1 % a day for 100 days of use: 10 % of 4,000.00.
    expect(refundFor("4000.00", entitlement({ depreciationPerDay: 0.001, depreciationDays: 100 }))).toBe(
      "3600.00",
    );
  });

  it("never goes below zero, and is unknown without an invoice price", () => {
    expect(refundFor("100.00", entitlement({ depreciationPerDay: 0.01, depreciationDays: 365 }))).toBe(
      "0.00",
    );
    expect(refundFor(null, entitlement({}))).toBeNull();
  });
});
