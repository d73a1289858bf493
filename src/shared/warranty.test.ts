import { describe, expect, it } from "vitest";
import { ZEvaluateEntitlement } from "./warranty.js";

// The body of POST /api/v1/warranty/evaluate: a bad input names every wrong field at once.
const VALID = {
  category: "lcd_tv",
  invoiceDate: "2026-03-01",
  channel: "online",
  requestDate: "2026-03-05",
  fault: { kind: "performance_fault" },
};
const paths = (body: unknown) => {
  const r = ZEvaluateEntitlement.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("evaluate body", () => {
  it("accepts API.md's body, with a unit serial instead of the purchase facts", () => {
    expect(paths(VALID)).toEqual([]);
    expect(paths({ unitSerial: "TV-1", requestDate: "2026-03-05", fault: { kind: "none" } })).toEqual([]);
    const full = {
      ...VALID,
      rule: "partial_goods_1995",
      deliveryDate: "2026-03-02",
      receivedDate: "2026-03-02",
      fault: { kind: "quality_problem", part: "major", cause: "quality", flags: ["brake_fail"] },
      repairs: [
        {
          start: "2026-03-02T09:00",
          end: "2026-03-03T10:30+08:00",
          problem: "no picture",
          waitingPartsDays: 1,
          delayCause: "other",
          replaced: "engine",
        },
        { start: "2026-03-04", end: null },
      ],
      stillFaulty: true,
      evidence: { invoice: true, voucher: false },
      exchangedOn: "2026-03-04",
      sellerHasSameModel: false,
      mileageKm: 1200,
      itemFlags: ["custom_made"],
      itemIntact: true,
    };
    expect(paths(full)).toEqual([]);
  });

  it("names every wrong field in one answer, including the cross-field ones", () => {
    const bad = {
      requestDate: "2026-03-05",
      invoiceDate: "2026-02-30",
      channel: "shop",
      deliveryDate: "2026-04-01",
      category: "LCD TV",
      fault: { kind: "broken", cause: "cat" },
      repairs: [
        { start: "2026-03-03", end: "2026-03-02" },
        { start: "2026-03-01", end: null },
        { start: "2026-03-02", end: null },
        { start: "2026-03-09", end: "2026-03-10" },
      ],
      mileageKm: -1,
      itemFlags: ["fragile"],
      color: "red",
    };
    const found = paths(bad);
    for (const field of [
      "invoiceDate: request.invalid_date",
      "channel:",
      "deliveryDate: warranty.date_after_request",
      "category: warranty.invalid_category_code",
      "fault.kind:",
      "fault.cause:",
      "repairs.0.end: warranty.repair_ends_before_start",
      "repairs.2.end: warranty.one_open_repair",
      "repairs.3.start: warranty.date_after_request",
      "repairs.3.end: warranty.date_after_request",
      "mileageKm:",
      "itemFlags.0:",
      ": Unrecognized key",
    ])
      expect(
        found.some((p) => p.startsWith(field)),
        `${field} in ${found.join(" | ")}`,
      ).toBe(true);
  });

  it("without a unit serial, the invoice date and channel are required", () => {
    expect(paths({ requestDate: "2026-03-05", fault: { kind: "none" } })).toEqual([
      "invoiceDate: warranty.field_required_without_unit",
      "channel: warranty.field_required_without_unit",
    ]);
  });

  it("a repair's moment is a date or a date and time; a date alone covers its whole day", () => {
    expect(paths({ ...VALID, repairs: [{ start: "2026-03-02T25:00", end: null }] })).toEqual([
      "repairs.0.start: warranty.invalid_moment",
    ]);
    expect(paths({ ...VALID, repairs: [{ start: "2026-03-02T15:00", end: "2026-03-02" }] })).toEqual([]);
    expect(paths({ ...VALID, repairs: [{ start: "2026-03-02T15:00", end: "2026-03-02T14:00" }] })).toEqual([
      "repairs.0.end: warranty.repair_ends_before_start",
    ]);
  });
});
