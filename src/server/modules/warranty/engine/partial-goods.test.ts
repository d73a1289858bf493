import { describe, expect, it } from "vitest";
import { evaluate, expectRow, type Row, remedy } from "./test-helpers.js";
import type { EntitlementFacts } from "./types.js";

// rules.md §4.3: catalogue goods under 《部分商品修理更换退货责任规定》 (1995), one row per rule.
// A colour TV bought in a shop on Monday 2026-03-02: day k after the sale is 2026-03-(2+k).
const TV: EntitlementFacts = {
  category: "color_tv",
  invoiceDate: "2026-03-02",
  channel: "offline",
  requestDate: "2026-03-05",
  fault: { kind: "performance_fault" },
};
const ART9 = "部分商品三包规定 第九条";
const ART10 = "部分商品三包规定 第十条";
const ART11 = "部分商品三包规定 第十一条";
const ART12_1 = "部分商品三包规定 第十二条第一款";
const ART12_2 = "部分商品三包规定 第十二条第二款";
const ART13 = "部分商品三包规定 第十三条";
const FREE_REPAIR = "部分商品三包规定 免费修理条款（条号待核实）";
const done = (start: string, end: string) => ({ start, end });

const rows: Row[] = [
  {
    name: "R1 Art. 9: day 7 after the sale → return, exchange or repair",
    facts: { requestDate: "2026-03-09" },
    remedies: ["return", "exchange", "repair"],
    basis: { return: ART9, exchange: ART9, repair: FREE_REPAIR },
  },
  {
    name: "R2 Art. 10: day 8 → exchange or repair, no return",
    facts: { requestDate: "2026-03-10" },
    remedies: ["exchange", "repair"],
    basis: { exchange: ART10 },
  },
  {
    name: "R2 Art. 10: day 15 → exchange or repair",
    facts: { requestDate: "2026-03-17" },
    remedies: ["exchange", "repair"],
    basis: { exchange: ART10 },
  },
  {
    name: "R8: day 16 → free repair only",
    facts: { requestDate: "2026-03-18" },
    remedies: ["repair"],
    basis: { repair: FREE_REPAIR },
  },
  {
    name: "R3 Art. 11: repaired twice and still faulty → exchange or return (Art. 13)",
    facts: {
      requestDate: "2026-06-01",
      repairs: [done("2026-04-01", "2026-04-03"), done("2026-05-01", "2026-05-04")],
      stillFaulty: true,
    },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: ART11, return: ART13 },
  },
  {
    name: "R3 Art. 11: repaired once → repair only",
    facts: { requestDate: "2026-06-01", repairs: [done("2026-04-01", "2026-04-03")], stillFaulty: true },
    remedies: ["repair"],
  },
  {
    name: "R3 Art. 11: repaired twice but working again → repair only",
    facts: {
      requestDate: "2026-06-01",
      repairs: [done("2026-04-01", "2026-04-03"), done("2026-05-01", "2026-05-04")],
      stillFaulty: false,
    },
    remedies: ["repair"],
  },
  {
    name: "R4 Art. 12 ¶1: 91 days without the producer's parts → exchange",
    facts: {
      requestDate: "2026-07-01",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "producer_parts" }],
    },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: ART12_1, return: ART13 },
  },
  {
    name: "R4 Art. 12 ¶1: 90 days without parts → not yet",
    facts: {
      requestDate: "2026-06-30",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "producer_parts" }],
    },
    remedies: ["repair"],
  },
  {
    name: "R5 Art. 12 ¶2: 31 days of the repairer's delay → exchange at the repairer's cost",
    facts: {
      requestDate: "2026-05-02",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "repairer" }],
    },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: ART12_2 },
  },
  {
    name: "R5 Art. 12 ¶2: 30 days of the repairer's delay → not yet",
    facts: {
      requestDate: "2026-05-01",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "repairer" }],
    },
    remedies: ["repair"],
  },
  {
    name: "R5: a delay of 31 days for another cause is neither rule",
    facts: { requestDate: "2026-05-02", repairs: [{ start: "2026-04-01", end: null, delayCause: "other" }] },
    remedies: ["repair"],
  },
  {
    name: "E1: misuse → paid repair only",
    facts: { fault: { kind: "performance_fault", cause: "misuse" } },
    remedies: ["paid_repair"],
  },
  {
    name: "E1: unauthorised disassembly → paid repair only",
    facts: { fault: { kind: "performance_fault", cause: "unauthorised_disassembly" } },
    remedies: ["paid_repair"],
  },
  {
    name: "E1: force majeure → paid repair only",
    facts: { fault: { kind: "performance_fault", cause: "force_majeure" } },
    remedies: ["paid_repair"],
  },
  {
    name: "E2: no 三包 voucher → paid repair only",
    facts: { evidence: { invoice: true, voucher: false } },
    remedies: ["paid_repair"],
  },
  {
    name: "E2: no invoice → paid repair only",
    facts: { evidence: { invoice: false, voucher: true } },
    remedies: ["paid_repair"],
  },
  {
    name: "E3: after the whole-unit period → paid repair only",
    facts: { requestDate: "2027-03-03" },
    remedies: ["paid_repair"],
  },
];

describe("1995 rule, decision table (rules.md §4.3)", () => {
  it.each(rows)("$name", (row) => {
    expectRow(evaluate(TV, row.facts), row, expect);
  });

  it("R1: the return refunds the invoice price in full, free, by day 7; the exchange stays open to day 15", () => {
    const r = evaluate(TV, { requestDate: "2026-03-03" });
    expect(remedy(r, "return")).toMatchObject({ free: true, deadline: "2026-03-09" });
    expect(remedy(r, "return").depreciationPerDay).toBeUndefined();
    expect(remedy(r, "exchange")).toMatchObject({ free: true, deadline: "2026-03-17" });
  });

  it("R5: the repairer bears the exchange and its shipping", () => {
    const r = evaluate(TV, {
      requestDate: "2026-05-02",
      repairs: [{ start: "2026-04-01", end: null, delayCause: "repairer" }],
    });
    expect(remedy(r, "exchange")).toMatchObject({
      costBorneBy: "repairer",
      shippingPaidBy: "repairer",
      free: true,
    });
  });

  it("R7 Art. 13: the seller has the same model → the return is charged 0.1 % a day from the invoice, less repair days", () => {
    const repairs = [done("2026-04-01", "2026-04-03"), done("2026-05-01", "2026-05-04")];
    const r = evaluate(TV, {
      requestDate: "2026-06-01",
      repairs,
      stillFaulty: true,
      sellerHasSameModel: true,
    });
    // 2026-03-02 → 2026-06-01 is 91 days, less 2 + 3 days in repair.
    expect(remedy(r, "return")).toMatchObject({
      free: false,
      depreciationPerDay: 0.001,
      depreciationDays: 86,
    });
  });

  it("R6 Art. 13: the seller has no same model → the return is free and the exchange needs the customer's consent", () => {
    const repairs = [done("2026-04-01", "2026-04-03"), done("2026-05-01", "2026-05-04")];
    const r = evaluate(TV, {
      requestDate: "2026-06-01",
      repairs,
      stillFaulty: true,
      sellerHasSameModel: false,
    });
    expect(remedy(r, "return").free).toBe(true);
    expect(remedy(r, "return").depreciationPerDay).toBeUndefined();
    expect(remedy(r, "exchange").condition).toBe("other_model_accepted");
  });

  it("E1–E3 name the reason and the clause", () => {
    expect(evaluate(TV, { fault: { kind: "performance_fault", cause: "misuse" } }).exclusion).toMatchObject({
      reason: "misuse",
      basis: "部分商品三包规定 不实行三包的情形第（一）项（条号待核实）",
    });
    expect(evaluate(TV, { evidence: { voucher: false } }).exclusion).toMatchObject({
      reason: "missing_documents",
      reviewable: true,
    });
    expect(evaluate(TV, { requestDate: "2027-03-03" }).exclusion).toMatchObject({
      reason: "period_expired",
      basis: "部分商品三包规定 第八条",
    });
  });

  it("Art. 6: a free repair comes with 30 days of guaranteed normal use", () => {
    expect(evaluate(TV, { requestDate: "2026-05-01" }).notices).toContainEqual({
      code: "repair_guaranteed_thirty_days",
    });
    expect(evaluate(TV, { requestDate: "2027-05-01" }).notices.map((n) => n.code)).not.toContain(
      "repair_guaranteed_thirty_days",
    );
  });

  it("R8: large items have their transport paid by the repairer; small ones by the seller", () => {
    expect(remedy(evaluate(TV, { requestDate: "2026-05-01" }), "repair").shippingPaidBy).toBe("repairer");
    const bike = evaluate({ ...TV, category: "bicycle" }, { requestDate: "2026-05-01" });
    expect(remedy(bike, "repair").shippingPaidBy).toBe("business");
  });
});

describe("1995 rule, the period (rules.md §4.2)", () => {
  it("runs from the invoice to the same date a year later (main components three years), inclusive", () => {
    const r = evaluate(TV, {});
    expect(r.period).toMatchObject({
      start: "2026-03-02",
      startBasis: "invoice",
      wholeUnitEndsAt: "2027-03-02",
      majorPartsEndsAt: "2029-03-02",
      extendedDays: 0,
    });
    expect(evaluate(TV, { requestDate: "2027-03-02" }).remedies.map((x) => x.remedy)).toEqual(["repair"]);
  });

  it("Art. 8: days in repair and waiting for parts extend it", () => {
    const r = evaluate(TV, {
      requestDate: "2026-06-01",
      repairs: [{ start: "2026-04-01", end: "2026-04-11", waitingPartsDays: 4 }],
    });
    expect(r.period.extendedDays).toBe(14);
    expect(r.period.wholeUnitEndsAt).toBe("2027-03-16");
    expect(r.notices).toContainEqual({ code: "period_extended_by_repairs", params: { days: 14 } });
  });

  it("a main component is still repaired free after the whole-unit period, nothing else", () => {
    const r = evaluate(TV, {
      requestDate: "2028-01-10",
      fault: { kind: "performance_fault", part: "major" },
    });
    expect(r.exclusion).toBeNull();
    expect(remedy(r, "repair")).toMatchObject({ free: true, deadline: "2029-03-02" });
    expect(r.remedies).toHaveLength(1);
    expect(evaluate(TV, { requestDate: "2028-01-10" }).exclusion?.reason).toBe("period_expired");
  });

  it("X1 Art. 14: an exchange restarts the period, and with it the 7 and 15 days", () => {
    const r = evaluate(TV, { exchangedOn: "2026-09-01", requestDate: "2026-09-05" });
    expect(r.period).toMatchObject({
      start: "2026-09-01",
      startBasis: "exchange",
      wholeUnitEndsAt: "2027-09-01",
    });
    expect(remedy(r, "return").basis).toBe(ART9);
  });

  it("2011 公告: a flat-panel TV's period starts when installation is finished", () => {
    const r = evaluate(
      { ...TV, category: "lcd_tv" },
      { deliveryDate: "2026-03-06", requestDate: "2026-03-13" },
    );
    expect(r.period).toMatchObject({ start: "2026-03-06", startBasis: "installation" });
    expect(remedy(r, "return").deadline).toBe("2026-03-13");
  });

  it("a last day on a weekend or listed holiday moves to the next working day (释义)", () => {
    // 2026-03-07 is a Saturday: a year later, 2027-03-07, is a Sunday.
    const r = evaluate({ ...TV, invoiceDate: "2026-03-07", requestDate: "2026-03-08" }, {});
    expect(r.period.wholeUnitEndsAt).toBe("2027-03-08");
  });

  it("the maker's longer promise is binding", () => {
    const r = evaluate(TV, { promisedMonths: 24, requestDate: "2027-06-01" });
    expect(r.period.wholeUnitEndsAt).toBe("2028-03-02");
    expect(remedy(r, "repair").free).toBe(true);
  });

  it("an extended plan repairs free after the legal period; misuse is still excluded", () => {
    const plan = { name: "三年延保", endsAt: "2029-03-02" };
    const r = evaluate(TV, { plan, requestDate: "2028-01-10" });
    expect(r.exclusion).toBeNull();
    expect(remedy(r, "repair")).toMatchObject({
      free: true,
      basis: "延保服务「三年延保」",
      deadline: "2029-03-02",
    });
    expect(evaluate(TV, { plan, requestDate: "2029-03-03" }).exclusion?.reason).toBe("period_expired");
    expect(
      evaluate(TV, { plan, requestDate: "2028-01-10", fault: { kind: "performance_fault", cause: "misuse" } })
        .exclusion?.reason,
    ).toBe("misuse");
  });
});
