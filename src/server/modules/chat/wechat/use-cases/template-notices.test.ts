import { describe, expect, it } from "vitest";
import type { TicketChanged } from "../../../tickets/index.js";
import { noticesOf } from "./send-template-notice.js";

const change = (events: unknown[], version = 7) =>
  ({
    tenantId: "t",
    after: { id: "tkt_1", version, customerId: "cus_1" },
    actor: null,
    events,
  }) as unknown as TicketChanged;

describe("which ticket changes become WeChat template messages", () => {
  it("a resolution or closure, once per ticket version", () => {
    expect(
      noticesOf(change([{ type: "status_changed", data: { from: "in_progress", to: "resolved" } }])),
    ).toEqual([{ notice: "resolved", occasion: "resolved:7" }]);
    expect(noticesOf(change([{ type: "status_changed", data: { from: "new", to: "in_progress" } }]))).toEqual(
      [],
    );
  });

  it("a booked or assigned visit with its window, once per visit and window", () => {
    const booked = {
      type: "visit_step",
      data: {
        visitId: "vis_1",
        kind: "repair",
        action: "booked",
        from: "requested",
        to: "scheduled",
        windowStart: "2026-12-08T01:00:00.000Z",
        windowEnd: "2026-12-08T03:00:00.000Z",
      },
    };
    expect(noticesOf(change([booked]))).toEqual([
      {
        notice: "visit_confirmed",
        occasion: "visit:vis_1:2026-12-08T01:00:00.000Z",
        window: "2026-12-08T01:00:00.000Z/2026-12-08T03:00:00.000Z",
      },
    ]);
    expect(noticesOf(change([{ ...booked, data: { ...booked.data, action: "checked_in" } }]))).toEqual([]);
  });
});
