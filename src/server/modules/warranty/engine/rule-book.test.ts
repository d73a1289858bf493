import { describe, expect, it } from "vitest";
import { ZWarrantySettings } from "../../../../shared/warranty-settings.js";
import { evaluateEntitlement } from "./evaluate.js";
import { checkSettings, DEFAULT_RULE_BOOK, ruleBookFor, withBusinessDays } from "./rule-book.js";
import { evaluate, remedy } from "./test-helpers.js";
import { type EntitlementFacts, EntitlementInputError, RuleBookError } from "./types.js";

// A tenant layers its settings on the legal defaults: more generous is allowed, less is refused.
const TV: EntitlementFacts = {
  category: "color_tv",
  invoiceDate: "2026-03-02",
  channel: "offline",
  requestDate: "2026-03-05",
  fault: { kind: "performance_fault" },
};

describe("the rule book", () => {
  it("every built-in figure names its source, and unconfirmed ones say so", () => {
    for (const [code, entry] of Object.entries(DEFAULT_RULE_BOOK.categories)) {
      expect(entry.source?.refs.length, code).toBeGreaterThan(0);
      expect(["A", "B", "C"]).toContain(entry.source?.confidence);
    }
    expect(DEFAULT_RULE_BOOK.categories.color_tv?.source?.confidence).toBe("B");
    expect(DEFAULT_RULE_BOOK.categories.refrigerator?.source?.confidence).toBe("C");
    expect(DEFAULT_RULE_BOOK.categories.household_car?.source?.confidence).toBe("A");
  });

  it("without settings the legal defaults apply", () => {
    expect(ruleBookFor(null)).toBe(DEFAULT_RULE_BOOK);
  });

  it("a tenant adds a category of its own", () => {
    const book = ruleBookFor({
      categories: {
        water_purifier: {
          family: "partial_goods_1995",
          name: { zh: "净水器", en: "Water purifier" },
          wholeUnitMonths: 24,
          startAt: "installation",
          dailyDepreciation: 0.0008,
        },
      },
    });
    const r = evaluate(
      { ...TV, category: "water_purifier" },
      { deliveryDate: "2026-03-04", requestDate: "2027-06-01" },
      book,
    );
    expect(r.period).toMatchObject({
      start: "2026-03-04",
      startBasis: "installation",
      wholeUnitEndsAt: "2028-03-06",
    });
    expect(remedy(r, "repair").free).toBe(true);
  });

  it("a tenant lengthens a period (binding, 1995 Art. 4) but cannot shorten it", () => {
    const longer = ruleBookFor({ categories: { color_tv: { wholeUnitMonths: 24 } } });
    expect(evaluate(TV, {}, longer).period.wholeUnitEndsAt).toBe("2028-03-02");
    expect(() => ruleBookFor({ categories: { color_tv: { wholeUnitMonths: 6 } } })).toThrow(RuleBookError);
    expect(
      checkSettings({ categories: { color_tv: { wholeUnitMonths: 6, dailyDepreciation: 0.002 } } }),
    ).toEqual([
      { path: "categories.color_tv.wholeUnitMonths", code: "warranty.below_legal_minimum" },
      { path: "categories.color_tv.dailyDepreciation", code: "warranty.below_legal_minimum" },
    ]);
  });

  it("thresholds may only come sooner: 60 days of missing parts instead of 90, but not 120", () => {
    const facts = {
      requestDate: "2026-06-01",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "producer_parts" as const }],
    };
    expect(evaluate(TV, facts).remedies.map((x) => x.remedy)).toEqual(["repair"]);
    const sooner = ruleBookFor({ config: { partialGoods: { missingPartsDays: 60 } } });
    expect(remedy(evaluate(TV, facts, sooner), "exchange").basis).toBe("部分商品三包规定 第十二条第一款");
    expect(checkSettings({ config: { partialGoods: { missingPartsDays: 120 } } })).toEqual([
      { path: "config.partialGoods.missingPartsDays", code: "warranty.below_legal_minimum" },
    ]);
  });

  it("a new category needs its family, names, period and start; a built-in keeps its family", () => {
    expect(checkSettings({ categories: { purifier: { wholeUnitMonths: 12 } } }).map((i) => i.path)).toEqual([
      "categories.purifier.family",
      "categories.purifier.name",
      "categories.purifier.startAt",
    ]);
    expect(checkSettings({ categories: { color_tv: { family: "car_2021" } } })).toEqual([
      { path: "categories.color_tv.family", code: "warranty.builtin_family_fixed" },
    ]);
  });

  it("the unconfirmed points are settings: documents lacking any vs lacking all", () => {
    const noVoucher = { evidence: { invoice: true, voucher: false } };
    expect(evaluate(TV, noVoucher).exclusion?.reason).toBe("missing_documents");
    const lenient = ruleBookFor({ config: { missingEvidence: "lacking_all" } });
    expect(evaluate(TV, noVoucher, lenient).exclusion).toBeNull();
    expect(evaluate(TV, { evidence: { invoice: false, voucher: false } }, lenient).exclusion?.reason).toBe(
      "missing_documents",
    );
  });

  it("the unconfirmed points are settings: a period ending the day before the anniversary, no roll past weekends", () => {
    const book = ruleBookFor({ config: { periodEnd: "day_before_anniversary", rollPastHolidays: false } });
    expect(
      evaluate({ ...TV, invoiceDate: "2026-03-08" }, { requestDate: "2026-03-09" }, book).period
        .wholeUnitEndsAt,
    ).toBe("2027-03-07");
  });

  it("the unconfirmed points are settings: car assemblies counted together", () => {
    const car: EntitlementFacts = {
      category: "household_car",
      invoiceDate: "2026-03-02",
      channel: "offline",
      requestDate: "2026-09-01",
      mileageKm: 8000,
      fault: { kind: "quality_problem" },
      stillFaulty: true,
    };
    const repairs = [
      { start: "2026-05-01", end: "2026-05-02", replaced: "engine" },
      { start: "2026-06-01", end: "2026-06-02", replaced: "gearbox" },
    ];
    expect(evaluate(car, { repairs }).remedies.map((x) => x.remedy)).toEqual(["repair"]);
    const together = ruleBookFor({ config: { car: { assemblyCount: "any_assembly" } } });
    expect(remedy(evaluate(car, { repairs }, together), "exchange").basis).toBe(
      "家用汽车三包规定 第二十四条第一款第（二）项",
    );
  });

  it("the tenant's business calendar moves a period's last day past a holiday; its own list wins", () => {
    // 2026-10-01 is a Thursday in the National Day holiday: a TV bought 2025-10-01 ends on the next working day.
    const calendar = {
      holidays: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
      workdays: ["2026-10-10"],
    };
    const facts = { invoiceDate: "2025-10-01", requestDate: "2026-01-05" };
    expect(evaluate(TV, facts, withBusinessDays(DEFAULT_RULE_BOOK, calendar)).period.wholeUnitEndsAt).toBe(
      "2026-10-08",
    );
    expect(evaluate(TV, facts).period.wholeUnitEndsAt).toBe("2026-10-01");
    const own = ruleBookFor({ config: { holidays: ["2026-10-01"] } });
    expect(withBusinessDays(own, calendar)).toBe(own);
  });

  it("the settings schema accepts partial settings and names bad fields", () => {
    expect(ZWarrantySettings.safeParse({ config: { car: { loanerAfterDays: 3 } } }).success).toBe(true);
    const bad = ZWarrantySettings.safeParse({
      categories: { "Bad Code": {} },
      config: { car: { usageFee: 1 } },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["categories.Bad Code", "config.car"]),
    );
  });

  it("facts the rule book cannot judge are refused, naming the field", () => {
    const unknown = () => evaluateEntitlement({ ...TV, category: "spaceship" }, DEFAULT_RULE_BOOK);
    expect(unknown).toThrow(EntitlementInputError);
    try {
      evaluateEntitlement({ ...TV, rule: "car_2021" }, DEFAULT_RULE_BOOK);
    } catch (e) {
      expect((e as EntitlementInputError).issues).toEqual([
        { path: "rule", code: "warranty.rule_category_mismatch" },
      ]);
    }
    expect.assertions(2);
  });
});
