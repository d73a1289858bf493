import { describe, expect, it } from "vitest";
import { RMA_KINDS, RMA_STATUSES } from "../../../shared/rma.js";
import { checkMove, RMA_MOVES } from "./rma-states.js";

describe("RMA state machine", () => {
  it("never ships, refunds or closes without QA sign-off, from any status", () => {
    for (const kind of RMA_KINDS)
      for (const status of RMA_STATUSES)
        for (const action of ["ship", "refund", "close"] as const)
          expect(checkMove(kind, status, action, false)).toEqual({ ok: false, reason: "qa_required" });
  });

  it("walks each kind's happy path", () => {
    expect(checkMove("exchange", "authorised", "receive", false)).toEqual({ ok: true, to: "received" });
    expect(checkMove("exchange", "qa_passed", "ship", true)).toEqual({ ok: true, to: "shipped" });
    expect(checkMove("exchange", "shipped", "close", true)).toEqual({ ok: true, to: "closed" });
    expect(checkMove("return", "qa_passed", "refund", true)).toEqual({ ok: true, to: "refunded" });
    expect(checkMove("return", "refunded", "close", true)).toEqual({ ok: true, to: "closed" });
  });

  it("refuses moves out of order and refunds of anything but a passed return", () => {
    expect(checkMove("repair", "qa_passed", "refund", true)).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkMove("return", "qa_failed", "refund", true)).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkMove("repair", "closed", "receive", true)).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkMove("repair", "received", "close", true)).toEqual({ ok: false, reason: "not_allowed" });
  });

  it("ends every move in a declared status, or leaves the status as it was", () => {
    for (const move of Object.values(RMA_MOVES)) expect([...RMA_STATUSES, "unchanged"]).toContain(move.to);
  });

  it("records a follow-up call after QA without moving the order, and never before QA", () => {
    expect(checkMove("repair", "shipped", "follow_up", true)).toEqual({ ok: true, to: "shipped" });
    expect(checkMove("exchange", "qa_passed", "follow_up", true)).toEqual({ ok: true, to: "qa_passed" });
    expect(checkMove("repair", "received", "follow_up", false)).toEqual({ ok: false, reason: "not_allowed" });
  });
});
