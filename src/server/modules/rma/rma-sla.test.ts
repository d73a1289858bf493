import { describe, expect, it } from "vitest";
import { DEFAULT_RMA_SLA } from "../../../shared/rma-sla.js";
import { rmaDue } from "./rma-sla.js";

const received = new Date("2026-03-02T09:00:00Z");
const inspected = "2026-03-03T10:00:00.000Z";
const base = { kind: "repair" as const, receivedAt: received, inspectedAt: null };

describe("rmaDue", () => {
  it("gives QA one day from receipt by default, overdue only once that has passed", () => {
    const at = (iso: string) => rmaDue({ ...base, status: "received" }, DEFAULT_RMA_SLA, new Date(iso));
    expect(at("2026-03-03T09:00:00Z")).toEqual([
      { step: "qa", dueAt: "2026-03-03T09:00:00.000Z", overdue: false },
    ]);
    expect(at("2026-03-03T09:00:01Z")[0]?.overdue).toBe(true);
  });

  it("gives shipping two days from QA's sign-off, for a passed repair and a failed return", () => {
    const now = new Date("2026-03-04T00:00:00Z");
    const ship = [{ step: "ship", dueAt: "2026-03-05T10:00:00.000Z", overdue: false }];
    expect(rmaDue({ ...base, status: "qa_passed", inspectedAt: inspected }, DEFAULT_RMA_SLA, now)).toEqual(
      ship,
    );
    expect(
      rmaDue({ ...base, kind: "return", status: "qa_failed", inspectedAt: inspected }, DEFAULT_RMA_SLA, now),
    ).toEqual(ship);
  });

  it("follows the tenant's targets and has nothing due before receipt, for a passed return or when done", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    expect(
      rmaDue(
        { ...base, status: "received" },
        { qaWithinDays: 3, shipWithinDays: 5, followUpWithinDays: 1 },
        now,
      )[0]?.dueAt,
    ).toBe("2026-03-05T09:00:00.000Z");
    for (const [kind, status] of [
      ["repair", "authorised"],
      ["return", "qa_passed"],
      ["repair", "shipped"],
      ["exchange", "closed"],
    ] as const)
      expect(rmaDue({ ...base, kind, status, inspectedAt: inspected }, DEFAULT_RMA_SLA, now)).toEqual([]);
  });

  it("asks for a call within three days of shipping until one reaches the customer", () => {
    const shipped = new Date("2026-03-05T08:00:00Z");
    const now = new Date("2026-03-08T08:00:01Z");
    const sent = { ...base, status: "shipped" as const, inspectedAt: inspected, sentAt: shipped };
    expect(rmaDue(sent, DEFAULT_RMA_SLA, now)).toEqual([
      { step: "follow_up", dueAt: "2026-03-08T08:00:00.000Z", overdue: true },
    ]);
    expect(rmaDue({ ...sent, followedUp: true }, DEFAULT_RMA_SLA, now)).toEqual([]);
    expect(rmaDue({ ...sent, status: "closed" }, DEFAULT_RMA_SLA, now)).toEqual([]);
  });
});
