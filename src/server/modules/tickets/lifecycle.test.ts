import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ESCALATION_LEVEL, TICKET_STATUSES } from "../../../shared/domain.js";
import {
  type ActorKind,
  actionTowards,
  allowedActions,
  applyAction,
  LIFECYCLE,
  type LifecycleAction,
  statusAfterAssignment,
  type TicketState,
} from "./lifecycle.js";

const actions = Object.keys(LIFECYCLE) as LifecycleAction[];
const kinds: ActorKind[] = ["staff", "customer", "dealer", "system"];
const step = fc.record({
  action: fc.constantFrom(...actions),
  by: fc.constantFrom(...kinds),
  reason: fc.option(fc.constantFrom("", "  ", "called the customer", "still leaking"), { nil: undefined }),
  assign: fc.option(fc.boolean(), { nil: undefined }),
});

describe("ticket lifecycle", () => {
  it("no sequence of actions reaches an undefined state; closed only via the customer or auto-close", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state: TicketState = { status: "new", escalationLevel: 0 };
        for (const s of steps) {
          if (s.assign !== undefined) {
            state = { ...state, status: statusAfterAssignment(state.status, s.assign) };
            continue;
          }
          const before = state;
          const out = applyAction(state, s.action, s.by, s.reason);
          if (!out.ok) continue;
          state = out.state;
          expect(TICKET_STATUSES).toContain(state.status);
          expect(state.escalationLevel).toBeGreaterThanOrEqual(0);
          expect(state.escalationLevel).toBeLessThanOrEqual(MAX_ESCALATION_LEVEL);
          if (state.status === "closed" && before.status !== "closed") {
            expect(before.status).toBe("resolved");
            const viaCustomer = s.action === "confirm" && (s.by === "customer" || Boolean(s.reason?.trim()));
            expect(viaCustomer || (s.action === "auto_close" && s.by === "system")).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects a transition from the wrong state", () => {
    expect(applyAction({ status: "new", escalationLevel: 0 }, "confirm", "customer")).toEqual({
      ok: false,
      error: "invalid_transition",
    });
    expect(applyAction({ status: "closed", escalationLevel: 0 }, "resolve", "staff")).toEqual({
      ok: false,
      error: "invalid_transition",
    });
  });

  it("needs a reason when the customer rejects a fix or staff confirm on their behalf", () => {
    const resolved: TicketState = { status: "resolved", escalationLevel: 0 };
    expect(applyAction(resolved, "reject", "customer")).toEqual({ ok: false, error: "reason_required" });
    expect(applyAction(resolved, "reject", "customer", "still leaks")).toEqual({
      ok: true,
      state: { status: "in_progress", escalationLevel: 0 },
    });
    expect(applyAction(resolved, "confirm", "customer")).toEqual({
      ok: true,
      state: { status: "closed", escalationLevel: 0 },
    });
    expect(applyAction(resolved, "confirm", "staff")).toEqual({ ok: false, error: "reason_required" });
  });

  it("keeps customers away from staff actions and staff away from the system's", () => {
    expect(applyAction({ status: "new", escalationLevel: 0 }, "resolve", "customer")).toEqual({
      ok: false,
      error: "action_forbidden",
    });
    expect(applyAction({ status: "resolved", escalationLevel: 0 }, "auto_close", "staff")).toEqual({
      ok: false,
      error: "action_forbidden",
    });
  });

  it("escalates up to level 3 without changing the status", () => {
    let state: TicketState = { status: "in_progress", escalationLevel: 0 };
    for (let i = 1; i <= 3; i++) {
      const out = applyAction(state, "escalate", "staff");
      expect(out).toEqual({ ok: true, state: { status: "in_progress", escalationLevel: i } });
      if (out.ok) state = out.state;
    }
    expect(applyAction(state, "escalate", "staff")).toEqual({ ok: false, error: "max_escalation" });
  });

  it("offers customers only confirm and reject on a resolved ticket", () => {
    expect(allowedActions({ status: "resolved", escalationLevel: 0 }, "customer")).toEqual([
      "confirm",
      "reject",
    ]);
    expect(allowedActions({ status: "in_progress", escalationLevel: 0 }, "customer")).toEqual([]);
    expect(allowedActions({ status: "new", escalationLevel: 0 }, "staff")).toEqual([
      "start",
      "resolve",
      "escalate",
    ]);
  });
});

describe("the action towards a status (a macro's status)", () => {
  it("finds the staff action that reaches the status without a reason, or none", () => {
    expect(actionTowards("new", "in_progress", "staff")).toBe("start");
    expect(actionTowards("pending_parts", "in_progress", "staff")).toBe("resume");
    expect(actionTowards("in_progress", "pending_customer", "staff")).toBe("pend_customer");
    expect(actionTowards("assigned", "resolved", "staff")).toBe("resolve");
    // A resolved ticket waits for the customer: no macro sends it back to pending.
    expect(actionTowards("resolved", "pending_customer", "staff")).toBeNull();
    // Reopening a resolved ticket takes a reason (reject), so a macro cannot.
    expect(actionTowards("resolved", "in_progress", "staff")).toBeNull();
    expect(actionTowards("in_progress", "in_progress", "staff")).toBeNull();
  });

  it("always names an action the state machine accepts from there", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATUSES), fc.constantFrom(...TICKET_STATUSES), (from, to) => {
        const action = actionTowards(from, to, "staff");
        if (!action) return;
        const out = applyAction({ status: from, escalationLevel: 0 }, action, "staff");
        expect(out.ok && out.state.status).toBe(to);
      }),
    );
  });
});
