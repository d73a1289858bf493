import { describe, expect, it } from "vitest";
import { ruleBookFor } from "./rule-book.js";
import { evaluate, expectRow, type Row, remedy } from "./test-helpers.js";
import type { EntitlementFacts } from "./types.js";

// rules.md §4.5: household cars under SAMR Order 43 (2021), one row per rule with its boundaries.
// Invoiced and delivered Monday 2026-03-02; day k is 2026-03-(2+k); day 60 is 2026-05-01.
const CAR: EntitlementFacts = {
  category: "household_car",
  invoiceDate: "2026-03-02",
  channel: "offline",
  requestDate: "2026-03-05",
  mileageKm: 500,
  fault: { kind: "quality_problem" },
};
const art = (n: string) => `家用汽车三包规定 第${n}条`;
const done = (start: string, end: string, extra: object = {}) => ({ start, end, ...extra });
const assembly = {
  kind: "quality_problem" as const,
  part: "major" as const,
  flags: ["assembly_major_part" as const],
};
const brakes = { kind: "quality_problem" as const, flags: ["brake_fail" as const] };
const serious = { kind: "quality_problem" as const, flags: ["serious_safety" as const] };
const later = { requestDate: "2026-09-01", mileageKm: 8000 };

const rows: Row[] = [
  {
    name: "C1 Art. 19: a quality problem in the 包修期 → free repair",
    facts: {},
    remedies: ["repair"],
    basis: { repair: art("十九") },
  },
  {
    name: "C4 Art. 22: day 7, an assembly's major part → exchange or return",
    facts: { requestDate: "2026-03-09", fault: assembly },
    remedies: ["exchange", "return", "assembly_replacement", "repair"],
    basis: { exchange: art("二十二"), return: art("二十二"), assembly_replacement: art("二十") },
  },
  {
    name: "C4 Art. 22: day 8 → no exchange, the assembly is replaced (Art. 20)",
    facts: { requestDate: "2026-03-10", fault: assembly },
    remedies: ["assembly_replacement", "repair"],
  },
  {
    name: "C3 Art. 20: day 60 → the assembly is replaced",
    facts: { requestDate: "2026-05-01", fault: assembly },
    remedies: ["assembly_replacement", "repair"],
  },
  {
    name: "C3 Art. 20: day 61 → repair only",
    facts: { requestDate: "2026-05-02", fault: assembly },
    remedies: ["repair"],
  },
  {
    name: "C3 Art. 20: 3,001 km on day 30 → repair only",
    facts: { requestDate: "2026-04-01", mileageKm: 3001, fault: assembly },
    remedies: ["repair"],
  },
  {
    name: "C5 Art. 23: brakes fail on day 60 → exchange or return",
    facts: { requestDate: "2026-05-01", fault: brakes },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: art("二十三") },
  },
  {
    name: "C5 Art. 23: brakes fail at 3,000 km → exchange or return",
    facts: { requestDate: "2026-04-01", mileageKm: 3000, fault: brakes },
    remedies: ["exchange", "return", "repair"],
  },
  {
    name: "C5 Art. 23: brakes fail at 3,001 km → repair only",
    facts: { requestDate: "2026-04-01", mileageKm: 3001, fault: brakes },
    remedies: ["repair"],
  },
  {
    name: "C5 Art. 23: brakes fail on day 61 → repair only",
    facts: { requestDate: "2026-05-02", fault: brakes },
    remedies: ["repair"],
  },
  {
    name: "C6 Art. 24(一): two repairs of a serious safety fault, still there → exchange or return",
    facts: {
      ...later,
      fault: serious,
      stillFaulty: true,
      repairs: [done("2026-05-01", "2026-05-02"), done("2026-06-01", "2026-06-02")],
    },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: "家用汽车三包规定 第二十四条第一款第（一）项" },
  },
  {
    name: "C6 Art. 24(一): one repair → repair only",
    facts: { ...later, fault: serious, stillFaulty: true, repairs: [done("2026-05-01", "2026-05-02")] },
    remedies: ["repair"],
  },
  {
    name: "C6 Art. 24(二): the engine replaced twice, still not usable → exchange or return",
    facts: {
      ...later,
      stillFaulty: true,
      repairs: [
        done("2026-05-01", "2026-05-02", { replaced: "engine" }),
        done("2026-06-01", "2026-06-02", { replaced: "engine" }),
      ],
    },
    remedies: ["exchange", "return", "repair"],
    basis: { return: "家用汽车三包规定 第二十四条第一款第（二）项" },
  },
  {
    name: "C6 Art. 24(二): engine once and gearbox once → repair only (per assembly by default)",
    facts: {
      ...later,
      stillFaulty: true,
      repairs: [
        done("2026-05-01", "2026-05-02", { replaced: "engine" }),
        done("2026-06-01", "2026-06-02", { replaced: "gearbox" }),
      ],
    },
    remedies: ["repair"],
  },
  {
    name: "C6 Art. 24(三): the same major part replaced twice → exchange or return",
    facts: {
      ...later,
      stillFaulty: true,
      repairs: [
        done("2026-05-01", "2026-05-02", { replaced: "转向机" }),
        done("2026-06-01", "2026-06-02", { replaced: "转向机" }),
      ],
    },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: "家用汽车三包规定 第二十四条第一款第（三）项" },
  },
  {
    name: "C6 Art. 24(四): 31 cumulative repair days → exchange or return",
    facts: { ...later, repairs: [done("2026-05-01", "2026-05-21"), done("2026-06-01", "2026-06-12")] },
    remedies: ["exchange", "return", "repair"],
    basis: { exchange: "家用汽车三包规定 第二十四条第一款第（四）项" },
  },
  {
    name: "C6 Art. 24(四): 30 cumulative repair days → repair only",
    facts: { ...later, repairs: [done("2026-05-01", "2026-05-21"), done("2026-06-01", "2026-06-11")] },
    remedies: ["repair"],
  },
  {
    name: "C6 Art. 24(四): the same problem repaired 5 times → exchange or return",
    facts: {
      ...later,
      repairs: ["04-01", "05-01", "06-01", "07-01", "08-01"].map((d) =>
        done(`2026-${d}`, `2026-${d}`, { problem: "异响" }),
      ),
    },
    remedies: ["exchange", "return", "repair"],
  },
  {
    name: "C6 Art. 24(四): the same problem repaired 4 times → repair only",
    facts: {
      ...later,
      repairs: ["04-01", "05-01", "06-01", "07-01"].map((d) =>
        done(`2026-${d}`, `2026-${d}`, { problem: "异响" }),
      ),
    },
    remedies: ["repair"],
  },
  {
    name: "C6: four repairs each of two different problems → repair only",
    facts: {
      ...later,
      repairs: ["04-01", "05-01", "06-01", "07-01"].flatMap((d) => [
        done(`2026-${d}`, `2026-${d}`, { problem: "异响" }),
        done(`2026-${d}`, `2026-${d}`, { problem: "漏水" }),
      ]),
    },
    remedies: ["repair"],
  },
  {
    name: "C2 Art. 21: a repair open for 6 days → a loaner",
    facts: { requestDate: "2026-04-07", repairs: [{ start: "2026-04-01", end: null }] },
    remedies: ["repair", "loaner"],
    basis: { loaner: art("二十一") },
  },
  {
    name: "C2 Art. 21: a repair open for 5 days → no loaner yet",
    facts: { requestDate: "2026-04-06", repairs: [{ start: "2026-04-01", end: null }] },
    remedies: ["repair"],
  },
  {
    name: "C0 Art. 32(一): a defect disclosed in writing → paid repair only",
    facts: { fault: { kind: "quality_problem", cause: "disclosed_defect" } },
    remedies: ["paid_repair"],
  },
  {
    name: "C0 Art. 32(二): use against the manual → paid repair only",
    facts: { fault: { kind: "quality_problem", cause: "misuse" } },
    remedies: ["paid_repair"],
  },
  {
    name: "C0 Art. 32(三): prohibited modification → paid repair only",
    facts: { fault: { kind: "quality_problem", cause: "prohibited_modification" } },
    remedies: ["paid_repair"],
  },
  {
    name: "C0 Art. 32(四): improper self-handling → paid repair only",
    facts: { fault: { kind: "quality_problem", cause: "self_handling" } },
    remedies: ["paid_repair"],
  },
  {
    name: "C0 Art. 32(五): force majeure → paid repair only",
    facts: { fault: { kind: "quality_problem", cause: "force_majeure" } },
    remedies: ["paid_repair"],
  },
  {
    name: "Art. 19: repair on the 三包 voucher — without it, paid repair",
    facts: { evidence: { voucher: false } },
    remedies: ["paid_repair"],
  },
  {
    name: "Art. 19: the voucher is enough without the invoice",
    facts: { evidence: { invoice: false, voucher: true } },
    remedies: ["repair"],
  },
  {
    name: "Art. 18: at 60,000 km the 包修期 is over → paid repair",
    facts: { mileageKm: 60_000, requestDate: "2026-09-01" },
    remedies: ["paid_repair"],
  },
  {
    name: "Art. 18: after three years → paid repair",
    facts: { requestDate: "2029-03-03" },
    remedies: ["paid_repair"],
  },
];

describe("car rule, decision table (rules.md §4.5)", () => {
  it.each(rows)("$name", (row) => {
    expectRow(evaluate(CAR, row.facts), row, expect);
  });

  it("C0 names the item of Art. 32", () => {
    const r = evaluate(CAR, { fault: { kind: "quality_problem", cause: "self_handling" } });
    expect(r.exclusion).toMatchObject({
      reason: "self_handling",
      basis: "家用汽车三包规定 第三十二条第一款第（四）项",
    });
  });

  it("Art. 27: an exchange under Art. 24 costs the usage fee price × km / 1000 × n", () => {
    const r = evaluate(CAR, {
      ...later,
      repairs: [done("2026-05-01", "2026-05-21"), done("2026-06-01", "2026-06-12")],
    });
    expect(remedy(r, "exchange")).toMatchObject({
      free: false,
      usageFee: { coefficient: 0.005, mileageKm: 8000, shareOfPrice: 0.04 },
    });
  });

  it("Art. 22 beats Art. 24: an early exchange is free even when Art. 24 also holds", () => {
    const repairs = [
      done("2026-03-02", "2026-03-04", { replaced: "engine" }),
      done("2026-03-05", "2026-03-06", { replaced: "engine" }),
    ];
    const r = evaluate(CAR, {
      requestDate: "2026-03-08",
      mileageKm: 300,
      fault: assembly,
      repairs,
      stillFaulty: true,
    });
    expect(remedy(r, "exchange")).toMatchObject({ free: true, basis: "家用汽车三包规定 第二十二条" });
  });

  it("Art. 24 needs the 三包有效期: at 50,000 km only repair remains", () => {
    const r = evaluate(CAR, {
      ...later,
      mileageKm: 50_000,
      repairs: [done("2026-05-01", "2026-05-21"), done("2026-06-01", "2026-06-12")],
    });
    expect(r.remedies.map((x) => x.remedy)).toEqual(["repair"]);
    expect(r.notices.map((n) => n.code)).toContain("mileage_limit_reached");
  });

  it("Art. 40: hours count — exactly 5 × 24 h is 5 days, one minute more is day 6", () => {
    const open = (start: string) =>
      evaluate(CAR, { requestDate: "2026-04-06", repairs: [{ start, end: null }] });
    expect(open("2026-04-01T00:00").remedies.map((x) => x.remedy)).not.toContain("loaner");
    expect(open("2026-03-31T23:59").remedies.map((x) => x.remedy)).toContain("loaner");
    const closed = evaluate(CAR, { ...later, repairs: [done("2026-05-01T08:00", "2026-05-31T08:01")] });
    expect(closed.remedies.map((x) => x.remedy)).toContain("exchange");
  });

  it("Art. 21: the loaner is owed from day 6, and announced before", () => {
    expect(
      remedy(
        evaluate(CAR, { requestDate: "2026-04-07", repairs: [{ start: "2026-04-01", end: null }] }),
        "loaner",
      ).availableFrom,
    ).toBe("2026-04-06");
    const early = evaluate(CAR, { requestDate: "2026-04-02", repairs: [{ start: "2026-04-01", end: null }] });
    expect(early.notices).toContainEqual({ code: "loaner_from_day_six", params: { date: "2026-04-06" } });
  });

  it("Art. 26: an exchange or return also repays registration, add-ons and service fees", () => {
    expect(evaluate(CAR, { requestDate: "2026-05-01", fault: brakes }).notices.map((n) => n.code)).toContain(
      "car_exchange_costs_refunded",
    );
    expect(evaluate(CAR, {}).notices.map((n) => n.code)).not.toContain("car_exchange_costs_refunded");
  });

  it("Art. 25: without the same model, the exchange is for a car of no lower configuration", () => {
    const r = evaluate(CAR, { requestDate: "2026-05-01", fault: brakes, sellerHasSameModel: false });
    expect(remedy(r, "exchange").condition).toBe("no_lower_configuration");
    expect(remedy(r, "return").condition).toBeUndefined();
  });

  it("Art. 28: the seller answers within 10 and completes within 20 working days (holidays and 调休 from the calendar)", () => {
    const r = evaluate(CAR, { requestDate: "2026-05-01", fault: brakes });
    expect(remedy(r, "exchange")).toMatchObject({ answerBy: "2026-05-15", completeBy: "2026-05-29" });
    const book = ruleBookFor({
      config: { holidays: ["2026-05-04", "2026-05-05"], workdays: ["2026-05-09"] },
    });
    const withHolidays = evaluate(CAR, { requestDate: "2026-05-01", fault: brakes }, book);
    expect(remedy(withHolidays, "exchange").answerBy).toBe("2026-05-18");
  });

  it("Art. 18: the periods run from delivery when it differs from the invoice: 2 and 3 years", () => {
    const r = evaluate(CAR, { deliveryDate: "2026-03-09", requestDate: "2026-03-10" });
    expect(r.period).toMatchObject({
      start: "2026-03-09",
      startBasis: "delivery",
      wholeUnitEndsAt: "2028-03-09",
      repairEndsAt: "2029-03-09",
      mileageLimitKm: { sanbao: 50_000, repair: 60_000 },
    });
  });

  it("C9 Art. 29: an exchange restarts both periods, and the 7 and 60 days", () => {
    const r = evaluate(CAR, {
      exchangedOn: "2027-01-04",
      requestDate: "2027-01-08",
      mileageKm: 100,
      fault: brakes,
    });
    expect(r.period).toMatchObject({
      start: "2027-01-04",
      startBasis: "exchange",
      wholeUnitEndsAt: "2029-01-04",
      repairEndsAt: "2030-01-04",
    });
    expect(remedy(r, "exchange").basis).toBe("家用汽车三包规定 第二十三条");
  });
});
