import { describe, expect, it } from "vitest";
import type { TicketChanged } from "../tickets/index.js";
import { firedTriggers } from "./use-cases/send-on-close.js";

const change = (events: unknown[]) =>
  ({ tenantId: "t", after: { id: "tkt_1" }, events }) as unknown as TicketChanged;
const rma = (to: string) => ({
  type: "rma_step",
  data: { rmaId: "rma_1", number: "RMA-000001", kind: "repair", action: "x", from: "shipped", to },
});
const visit = (to: string) => ({
  type: "visit_step",
  data: { visitId: "vis_1", kind: "repair", action: "x", from: "on_site", to },
});

describe("which survey triggers a ticket's change fires", () => {
  it("an RMA closed, a visit done and the ticket closed each fire theirs, about their own subject", () => {
    expect(firedTriggers(change([rma("closed")]))).toEqual([{ trigger: "rma_closed", subject: "rma_1" }]);
    expect(firedTriggers(change([visit("done")]))).toEqual([{ trigger: "visit_done", subject: "vis_1" }]);
    expect(
      firedTriggers(change([{ type: "status_changed", data: { from: "resolved", to: "closed" } }])),
    ).toEqual([{ trigger: "ticket_closed", subject: "tkt_1" }]);
  });
  it("other steps fire nothing", () => {
    expect(firedTriggers(change([rma("shipped"), visit("on_site"), visit("cancelled")]))).toEqual([]);
  });
});
