import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_CATEGORIES,
  CAR_FAULT_FLAGS,
  DAMAGE_CAUSES,
  DELAY_CAUSES,
  FAULT_KINDS,
  ITEM_FLAGS,
  SALE_CHANNELS,
  ZEntitlement,
  ZEvaluateEntitlement,
} from "../../../../shared/warranty.js";
import { explainEntitlement } from "../../../../shared/warranty-explain.js";
import { addDays, addMonths } from "./dates.js";
import { evaluateEntitlement } from "./evaluate.js";
import { DEFAULT_RULE_BOOK } from "./rule-book.js";
import type { EntitlementFacts } from "./types.js";

// Properties of issue 13 that must hold for any unit, fault and history.
const day = (offset: number) => addDays("2020-01-01", offset);

const repairArb = (from: number, to: number) =>
  fc.record({
    start: fc.integer({ min: from, max: to }),
    length: fc.integer({ min: 0, max: 45 }),
    waitingPartsDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    delayCause: fc.option(fc.constantFrom(...DELAY_CAUSES), { nil: undefined }),
    replaced: fc.option(fc.constantFrom("engine", "gearbox", "转向机", "压缩机"), { nil: undefined }),
    problem: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
  });

const factsArb: fc.Arbitrary<EntitlementFacts> = fc
  .record({
    category: fc.option(fc.constantFrom(...BUILTIN_CATEGORIES), { nil: undefined }),
    invoice: fc.integer({ min: 0, max: 2500 }),
    age: fc.integer({ min: 0, max: 1600 }),
    delivery: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    channel: fc.constantFrom(...SALE_CHANNELS),
    kind: fc.constantFrom(...FAULT_KINDS),
    major: fc.boolean(),
    cause: fc.option(fc.constantFrom(...DAMAGE_CAUSES), { nil: undefined }),
    flags: fc.uniqueArray(fc.constantFrom(...CAR_FAULT_FLAGS), { maxLength: 3 }),
    repairs: fc.array(fc.tuple(fc.nat(), repairArb(0, 0)), { maxLength: 6 }),
    openLast: fc.boolean(),
    stillFaulty: fc.option(fc.boolean(), { nil: undefined }),
    invoiceOk: fc.boolean(),
    voucherOk: fc.boolean(),
    exchanged: fc.option(fc.nat(), { nil: undefined }),
    sameModel: fc.option(fc.boolean(), { nil: undefined }),
    mileageKm: fc.integer({ min: 0, max: 80_000 }),
    itemFlags: fc.uniqueArray(fc.constantFrom(...ITEM_FLAGS), { maxLength: 2 }),
    itemIntact: fc.option(fc.boolean(), { nil: undefined }),
    promisedMonths: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  })
  .map((g): EntitlementFacts => {
    const request = g.invoice + g.age;
    const repairs = g.repairs.map(([seed, r], i) => {
      const start = g.invoice + (seed % (g.age + 1));
      const end = Math.min(start + r.length, request);
      const open = g.openLast && i === g.repairs.length - 1;
      const { waitingPartsDays, delayCause, replaced, problem } = r;
      return {
        start: day(start),
        end: open ? null : day(end),
        ...(waitingPartsDays !== undefined ? { waitingPartsDays } : {}),
        ...(delayCause ? { delayCause } : {}),
        ...(replaced ? { replaced } : {}),
        ...(problem ? { problem } : {}),
      };
    });
    return {
      ...(g.category ? { category: g.category } : {}),
      invoiceDate: day(g.invoice),
      ...(g.delivery !== undefined && g.delivery <= g.age
        ? { deliveryDate: day(g.invoice + g.delivery) }
        : {}),
      channel: g.channel,
      requestDate: day(request),
      fault: {
        kind: g.kind,
        part: g.major ? "major" : "whole",
        ...(g.cause ? { cause: g.cause } : {}),
        flags: g.flags,
      },
      repairs,
      ...(g.stillFaulty !== undefined ? { stillFaulty: g.stillFaulty } : {}),
      evidence: { invoice: g.invoiceOk, voucher: g.voucherOk },
      ...(g.exchanged !== undefined ? { exchangedOn: day(g.invoice + (g.exchanged % (g.age + 1))) } : {}),
      ...(g.sameModel !== undefined ? { sellerHasSameModel: g.sameModel } : {}),
      mileageKm: g.mileageKm,
      itemFlags: g.itemFlags,
      ...(g.itemIntact !== undefined ? { itemIntact: g.itemIntact } : {}),
      ...(g.promisedMonths !== undefined ? { promisedMonths: g.promisedMonths } : {}),
    };
  });

const evaluate = (facts: EntitlementFacts) => evaluateEntitlement(facts, DEFAULT_RULE_BOOK);
const RUNS = { numRuns: 400 };

describe("entitlement properties", () => {
  it("the generated facts are valid request bodies (the generator explores the API's input space)", () => {
    fc.assert(
      fc.property(factsArb, ({ promisedMonths: _engineOnly, ...body }) => {
        expect(ZEvaluateEntitlement.safeParse(body).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("an exchange always restarts the period on the exchange date, for its full length", () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 0, max: 400 }), (facts, back) => {
        const exchangedOn = [facts.invoiceDate, addDays(facts.requestDate, -back)].sort()[1] as string;
        const r = evaluate({ ...facts, exchangedOn });
        expect(r.period.start).toBe(exchangedOn);
        expect(r.period.startBasis).toBe("exchange");
        const months = facts.category
          ? (DEFAULT_RULE_BOOK.categories[facts.category]?.wholeUnitMonths ?? 12)
          : 12;
        expect(r.period.wholeUnitEndsAt >= addMonths(exchangedOn, months)).toBe(true);
      }),
      RUNS,
    );
  });

  it("days in repair never shorten the period, and never take a remedy's deadline earlier", () => {
    fc.assert(
      fc.property(
        factsArb,
        fc.integer({ min: 0, max: 1600 }),
        fc.integer({ min: 0, max: 60 }),
        (facts, offset, length) => {
          const before = evaluate(facts);
          const start = [facts.invoiceDate, addDays(facts.invoiceDate, offset)].sort()[1] as string;
          if (start > facts.requestDate) return;
          const end = [start, addDays(start, length)].sort()[1] as string;
          const repair = {
            start,
            end: [end, facts.requestDate].sort()[0] as string,
            waitingPartsDays: length % 7,
          };
          const after = evaluate({ ...facts, repairs: [repair, ...(facts.repairs ?? [])] });
          expect(after.period.extendedDays).toBeGreaterThanOrEqual(before.period.extendedDays);
          expect(after.period.wholeUnitEndsAt >= before.period.wholeUnitEndsAt).toBe(true);
          if (before.period.majorPartsEndsAt)
            expect((after.period.majorPartsEndsAt as string) >= before.period.majorPartsEndsAt).toBe(true);
          if (before.period.repairEndsAt)
            expect((after.period.repairEndsAt as string) >= before.period.repairEndsAt).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("an exclusion always leaves only paid repair, and a cause other than quality always excludes", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const r = evaluate(facts);
        if (r.exclusion) {
          expect(r.remedies.map((x) => x.remedy)).toEqual(["paid_repair"]);
          expect(r.remedies[0]?.free).toBe(false);
        } else {
          expect(r.remedies.map((x) => x.remedy)).not.toContain("paid_repair");
        }
        if (facts.fault.cause && facts.fault.cause !== "quality")
          expect(r.exclusion?.reason).toBe(facts.fault.cause);
      }),
      RUNS,
    );
  });

  it("the answer matches its published schema; every remedy names its article, once; the explanation reads in both languages", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const r = evaluate(facts);
        expect(ZEntitlement.strict().safeParse(r).error?.issues ?? []).toEqual([]);
        const names = r.remedies.map((x) => x.remedy);
        expect(new Set(names).size).toBe(names.length);
        for (const x of r.remedies) expect(x.basis.length).toBeGreaterThan(4);
        for (const locale of ["zh-CN", "en"] as const) {
          const text = explainEntitlement(r, locale).join("\n");
          expect(text).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      RUNS,
    );
  });
});
