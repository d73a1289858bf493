import { describe, expect, it } from "vitest";
import { ruleBookFor } from "./rule-book.js";
import { evaluate, expectRow, type Row, remedy } from "./test-helpers.js";
import type { EntitlementFacts } from "./types.js";

// rules.md §4.3 (last paragraph) and §4.4: goods no 三包 catalogue covers fall to 消法 Art. 24;
// distance sales add Art. 25's seven-day no-reason return. Received Wednesday 2026-03-04.
const KETTLE: EntitlementFacts = {
  invoiceDate: "2026-03-02",
  receivedDate: "2026-03-04",
  channel: "offline",
  requestDate: "2026-03-06",
  fault: { kind: "quality_problem" },
};
const ART24 = "消费者权益保护法 第二十四条第一款";
const ART25 = "消费者权益保护法 第二十五条第一款";
const online = { channel: "online" as const };
const noFault = { fault: { kind: "none" as const } };

const rows: Row[] = [
  {
    name: "Art. 24: day 7 after receipt, a quality problem → return, exchange or repair",
    facts: { requestDate: "2026-03-11" },
    remedies: ["return", "exchange", "repair"],
    basis: { return: ART24, exchange: ART24, repair: ART24 },
  },
  {
    name: "Art. 24: day 8 → still return (statutory termination only), exchange, repair",
    facts: { requestDate: "2026-03-12" },
    remedies: ["return", "exchange", "repair"],
  },
  {
    name: "Art. 25: bought online, no fault, day 7 after receipt → no-reason return",
    facts: { ...online, ...noFault, requestDate: "2026-03-11" },
    remedies: ["no_reason_return"],
    basis: { no_reason_return: ART25 },
  },
  {
    name: "Art. 25: day 8 → nothing",
    facts: { ...online, ...noFault, requestDate: "2026-03-12" },
    remedies: [],
  },
  {
    name: "Art. 25: bought by mail, by phone or on TV → no-reason return",
    facts: { channel: "mail", ...noFault },
    remedies: ["no_reason_return"],
  },
  { name: "Art. 25: bought in a shop → no no-reason return", facts: { ...noFault }, remedies: [] },
  {
    name: "Art. 25(一): made to order → none",
    facts: { ...online, ...noFault, itemFlags: ["custom_made"] },
    remedies: [],
  },
  {
    name: "Art. 25(二): perishable → none",
    facts: { ...online, ...noFault, itemFlags: ["perishable"] },
    remedies: [],
  },
  {
    name: "Art. 25(三): opened software or media → none",
    facts: { ...online, ...noFault, itemFlags: ["opened_digital"] },
    remedies: [],
  },
  {
    name: "Art. 25(四): newspapers and periodicals → none",
    facts: { ...online, ...noFault, itemFlags: ["periodical"] },
    remedies: [],
  },
  {
    name: "Art. 25 ¶2: confirmed as not returnable at purchase → none",
    facts: { ...online, ...noFault, itemFlags: ["confirmed_not_returnable"] },
    remedies: [],
  },
  {
    name: "Art. 25 ¶3: not intact → none",
    facts: { ...online, ...noFault, itemIntact: false },
    remedies: [],
  },
  {
    name: "Art. 25 + 24: online with a quality problem → both returns",
    facts: { ...online },
    remedies: ["no_reason_return", "return", "exchange", "repair"],
  },
  {
    name: "Art. 25 stays when quality remedies exist: excluded item keeps Art. 24",
    facts: { ...online, itemFlags: ["custom_made"] },
    remedies: ["return", "exchange", "repair"],
  },
  {
    name: "消法 names no document: no invoice or voucher still gets the remedies",
    facts: { evidence: { invoice: false, voucher: false } },
    remedies: ["return", "exchange", "repair"],
  },
  {
    name: "after the promised (default 12 months) period → paid repair",
    facts: { requestDate: "2027-03-03" },
    remedies: ["paid_repair"],
  },
  {
    name: "damage the customer caused → paid repair",
    facts: { fault: { kind: "quality_problem", cause: "misuse" } },
    remedies: ["paid_repair"],
  },
];

describe("消法 Art. 24 fallback and Art. 25 distance sales (rules.md §4.4)", () => {
  it.each(rows)("$name", (row) => {
    expectRow(evaluate(KETTLE, row.facts), row, expect);
  });

  it("Art. 24 ¶2 the business pays transport for quality remedies; Art. 25 ¶3 the customer pays a no-reason return", () => {
    const r = evaluate(KETTLE, { ...online });
    expect(remedy(r, "return").shippingPaidBy).toBe("business");
    expect(remedy(r, "no_reason_return")).toMatchObject({
      shippingPaidBy: "consumer",
      refundWithinDays: 7,
      deadline: "2026-03-11",
    });
  });

  it("after day 7 the quality return depends on the statutory conditions to end the contract", () => {
    expect(remedy(evaluate(KETTLE, { requestDate: "2026-03-12" }), "return").condition).toBe(
      "statutory_termination",
    );
    expect(remedy(evaluate(KETTLE, { requestDate: "2026-03-11" }), "return").condition).toBeUndefined();
  });

  it("the 7 days count from receipt, starting the next day; a tenant may count the receipt day as day 1", () => {
    const sameDay = ruleBookFor({ config: { dayCounting: "from_same_day" } });
    expect(remedy(evaluate(KETTLE, { ...online, ...noFault }, sameDay), "no_reason_return").deadline).toBe(
      "2026-03-10",
    );
    expect(evaluate(KETTLE, { ...online, ...noFault, requestDate: "2026-03-11" }, sameDay).remedies).toEqual(
      [],
    );
  });

  it("the seller may agree to pay the no-reason return's shipping", () => {
    const book = ruleBookFor({ config: { noReasonReturn: { shippingPaidBy: "business" } } });
    expect(remedy(evaluate(KETTLE, { ...online, ...noFault }, book), "no_reason_return").shippingPaidBy).toBe(
      "business",
    );
  });

  it("explains why a no-reason return is not offered", () => {
    expect(evaluate(KETTLE, { ...online, ...noFault, itemFlags: ["perishable"] }).notices).toContainEqual({
      code: "no_reason_return_excluded_item",
      params: { flag: "perishable" },
    });
    expect(evaluate(KETTLE, { ...online, ...noFault, requestDate: "2026-03-12" }).notices).toContainEqual({
      code: "no_reason_return_expired",
      params: { date: "2026-03-11" },
    });
  });

  it("a product outside the catalogue says so, and the maker's promise sets its period", () => {
    const r = evaluate(KETTLE, { promisedMonths: 24, requestDate: "2027-06-01" });
    expect(r.rule).toBe("consumer_law");
    expect(r.notices.map((n) => n.code)).toContain("fallback_consumer_law");
    expect(r.period.wholeUnitEndsAt).toBe("2028-03-02");
    expect(remedy(r, "repair").free).toBe(true);
    expect(evaluate(KETTLE, { requestDate: "2027-03-03" }).exclusion).toMatchObject({
      reason: "period_expired",
      basis: "经营者三包承诺",
    });
  });

  it("catalogue goods bought online get Art. 25 alongside the 1995 rule", () => {
    const r = evaluate(
      { ...KETTLE, category: "color_tv" },
      { ...online, requestDate: "2026-03-06", fault: { kind: "performance_fault" } },
    );
    expect(r.remedies.map((x) => x.remedy).sort()).toEqual([
      "exchange",
      "no_reason_return",
      "repair",
      "return",
    ]);
  });

  it("Art. 23 ¶3: durable goods within six months of receipt put the burden of proof on the business", () => {
    const tv = { ...KETTLE, category: "color_tv" };
    expect(evaluate(tv, { requestDate: "2026-09-04" }).notices).toContainEqual({
      code: "burden_of_proof_on_business",
      params: { until: "2026-09-04" },
    });
    expect(evaluate(tv, { requestDate: "2026-09-05" }).notices.map((n) => n.code)).not.toContain(
      "burden_of_proof_on_business",
    );
    expect(evaluate({ ...KETTLE, category: "bicycle" }, {}).notices.map((n) => n.code)).not.toContain(
      "burden_of_proof_on_business",
    );
  });

  it("the 消法 rule can be chosen for a catalogue product: its catalogue period still applies", () => {
    const r = evaluate({ ...KETTLE, category: "color_tv", rule: "consumer_law" }, {});
    expect(r.rule).toBe("consumer_law");
    expect(remedy(r, "return").basis).toBe(ART24);
  });
});
