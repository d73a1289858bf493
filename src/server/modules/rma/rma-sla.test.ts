import { describe, expect, it } from "vitest";
import { DEFAULT_RMA_SLA } from "../../../shared/rma-sla.js";
import { compileCalendar } from "../sla/calendar.js";
import { allDayCalendar, chinaBusinessCalendar } from "../sla/presets.js";
import { workingDaysOn } from "../sla/use-cases/working-days.js";
import { rmaDue } from "./rma-sla.js";

const allDay = workingDaysOn(compileCalendar(allDayCalendar()));
const chinaDays = workingDaysOn(compileCalendar(chinaBusinessCalendar()));

const received = new Date("2026-03-02T09:00:00Z");
const inspected = "2026-03-03T10:00:00.000Z";
const base = { kind: "repair" as const, receivedAt: received, inspectedAt: null };

describe("rmaDue", () => {
  it("gives QA one day from receipt by default, overdue only once that has passed", () => {
    const at = (iso: string) =>
      rmaDue({ ...base, status: "received" }, DEFAULT_RMA_SLA, new Date(iso), allDay);
    expect(at("2026-03-03T09:00:00Z")).toEqual([
      { step: "qa", dueAt: "2026-03-03T09:00:00.000Z", overdue: false },
    ]);
    expect(at("2026-03-03T09:00:01Z")[0]?.overdue).toBe(true);
  });

  it("gives shipping two days from QA's sign-off, for a passed repair and a failed return", () => {
    const now = new Date("2026-03-04T00:00:00Z");
    const ship = [{ step: "ship", dueAt: "2026-03-05T10:00:00.000Z", overdue: false }];
    expect(
      rmaDue({ ...base, status: "qa_passed", inspectedAt: inspected }, DEFAULT_RMA_SLA, now, allDay),
    ).toEqual(ship);
    expect(
      rmaDue(
        { ...base, kind: "return", status: "qa_failed", inspectedAt: inspected },
        DEFAULT_RMA_SLA,
        now,
        allDay,
      ),
    ).toEqual(ship);
  });

  it("follows the tenant's targets and has nothing due before receipt, for a passed return or when done", () => {
    const now = new Date("2026-03-02T10:00:00Z");
    expect(
      rmaDue(
        { ...base, status: "received" },
        { qaWithinDays: 3, shipWithinDays: 5, followUpWithinDays: 1 },
        now,
        allDay,
      )[0]?.dueAt,
    ).toBe("2026-03-05T09:00:00.000Z");
    for (const [kind, status] of [
      ["repair", "authorised"],
      ["return", "qa_passed"],
      ["repair", "shipped"],
      ["exchange", "closed"],
    ] as const)
      expect(rmaDue({ ...base, kind, status, inspectedAt: inspected }, DEFAULT_RMA_SLA, now, allDay)).toEqual(
        [],
      );
  });

  it("asks for a call within three days of shipping until one reaches the customer", () => {
    const shipped = new Date("2026-03-05T08:00:00Z");
    const now = new Date("2026-03-08T08:00:01Z");
    const sent = { ...base, status: "shipped" as const, inspectedAt: inspected, sentAt: shipped };
    expect(rmaDue(sent, DEFAULT_RMA_SLA, now, allDay)).toEqual([
      { step: "follow_up", dueAt: "2026-03-08T08:00:00.000Z", overdue: true },
    ]);
    expect(rmaDue({ ...sent, followedUp: true }, DEFAULT_RMA_SLA, now, allDay)).toEqual([]);
    expect(rmaDue({ ...sent, status: "closed" }, DEFAULT_RMA_SLA, now, allDay)).toEqual([]);
  });

  it("counts working days on the business calendar: over a weekend, the National Day week and a 调休 Saturday", () => {
    const qaDue = (receivedAt: string) =>
      rmaDue(
        { ...base, status: "received", receivedAt: new Date(receivedAt) },
        DEFAULT_RMA_SLA,
        new Date(receivedAt),
        chinaDays,
      )[0]?.dueAt;
    // Friday 17:00 in Beijing → Monday 17:00 (one 8-hour working day later)
    expect(qaDue("2026-03-06T09:00:00Z")).toBe("2026-03-09T09:00:00.000Z");
    // Wednesday 30 September 17:00 → Thursday 8 October 17:00, the holidays stepped over
    expect(qaDue("2026-09-30T09:00:00Z")).toBe("2026-10-08T09:00:00.000Z");
    // Friday 9 October 17:00 → Saturday 10 October 17:00, a 调休 working day
    expect(qaDue("2026-10-09T09:00:00Z")).toBe("2026-10-10T09:00:00.000Z");
  });
});
