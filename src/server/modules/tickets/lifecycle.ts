import { MAX_ESCALATION_LEVEL, type TicketAction, type TicketStatus } from "../../../shared/domain.js";
import type { Role } from "../../../shared/roles.js";

// Who is acting, as the state machine sees it. "system" is the auto-close job.
export type ActorKind = "staff" | "customer" | "dealer" | "system";

type Rule = {
  from: readonly TicketStatus[];
  // null keeps the current status (escalate changes only the level).
  to: TicketStatus | null;
  by: readonly ActorKind[];
  // Roles in `by` for whom a reason is mandatory.
  reasonFrom?: readonly ActorKind[];
};

const OPEN: readonly TicketStatus[] = [
  "new",
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
];
const WORKING: readonly TicketStatus[] = [
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
];
const PENDING: readonly TicketStatus[] = ["pending_customer", "pending_parts", "pending_third_party"];

// Actions nobody requests through the transitions API: they follow from something else happening.
const IMPLIED = ["auto_close", "customer_reply"] as const;
export type LifecycleAction = TicketAction | (typeof IMPLIED)[number];

// The whole lifecycle as data: which action moves which status where, and who may do it.
// A resolved ticket closes only when the customer confirms (themself, or through staff/dealer
// recording a callback with a reason) or when the silence period passes (auto_close).
export const LIFECYCLE: Record<LifecycleAction, Rule> = {
  start: { from: ["new", "assigned"], to: "in_progress", by: ["staff"] },
  pend_customer: {
    from: WORKING.filter((s) => s !== "pending_customer"),
    to: "pending_customer",
    by: ["staff"],
  },
  pend_parts: { from: WORKING.filter((s) => s !== "pending_parts"), to: "pending_parts", by: ["staff"] },
  pend_third_party: {
    from: WORKING.filter((s) => s !== "pending_third_party"),
    to: "pending_third_party",
    by: ["staff"],
  },
  resume: { from: PENDING, to: "in_progress", by: ["staff"] },
  resolve: { from: OPEN, to: "resolved", by: ["staff"] },
  confirm: {
    from: ["resolved"],
    to: "closed",
    by: ["customer", "staff", "dealer"],
    reasonFrom: ["staff", "dealer"],
  },
  reject: {
    from: ["resolved"],
    to: "in_progress",
    by: ["customer", "staff", "dealer"],
    reasonFrom: ["customer", "staff", "dealer"],
  },
  reopen: { from: ["closed"], to: "in_progress", by: ["customer", "staff"], reasonFrom: ["customer"] },
  escalate: { from: OPEN, to: null, by: ["staff"] },
  auto_close: { from: ["resolved"], to: "closed", by: ["system"] },
  // The customer answered what we were waiting for (in the portal, through a dealer, or by mail):
  // the ticket is back with the agent.
  customer_reply: { from: ["pending_customer"], to: "in_progress", by: ["customer", "dealer", "system"] },
};

export type TicketState = { status: TicketStatus; escalationLevel: number };

export type TransitionOutcome =
  | { ok: true; state: TicketState }
  | { ok: false; error: "invalid_transition" | "action_forbidden" | "reason_required" | "max_escalation" };

export function actorKind(role: Role): ActorKind {
  if (role === "customer") return "customer";
  if (role === "dealer") return "dealer";
  return "staff";
}

export function applyAction(
  state: TicketState,
  action: LifecycleAction,
  by: ActorKind,
  reason?: string,
): TransitionOutcome {
  const rule = LIFECYCLE[action];
  if (!rule.by.includes(by)) return { ok: false, error: "action_forbidden" };
  if (!rule.from.includes(state.status)) return { ok: false, error: "invalid_transition" };
  if (rule.reasonFrom?.includes(by) && !reason?.trim()) return { ok: false, error: "reason_required" };
  if (action === "escalate") {
    if (state.escalationLevel >= MAX_ESCALATION_LEVEL) return { ok: false, error: "max_escalation" };
    return { ok: true, state: { ...state, escalationLevel: state.escalationLevel + 1 } };
  }
  return { ok: true, state: { ...state, status: rule.to ?? state.status } };
}

// What an actor can do now: drives the buttons the web app shows.
export function allowedActions(state: TicketState, by: ActorKind): LifecycleAction[] {
  return (Object.keys(LIFECYCLE) as LifecycleAction[]).filter((action) => {
    if ((IMPLIED as readonly string[]).includes(action)) return false;
    const outcome = applyAction(state, action, by, "x");
    return outcome.ok;
  });
}

// Assigning someone moves a new ticket to assigned; removing the assignee puts it back in the queue.
export function statusAfterAssignment(status: TicketStatus, assigned: boolean): TicketStatus {
  if (assigned && status === "new") return "assigned";
  if (!assigned && status === "assigned") return "new";
  return status;
}

export const isOpenStatus = (s: TicketStatus) => OPEN.includes(s);

// The action that takes a ticket from `status` to `target` without a reason (null: none does).
export function actionTowards(
  status: TicketStatus,
  target: TicketStatus,
  by: ActorKind,
): TicketAction | null {
  if (status === target) return null;
  const found = (Object.keys(LIFECYCLE) as LifecycleAction[]).find((action) => {
    if ((IMPLIED as readonly string[]).includes(action) || LIFECYCLE[action].to !== target) return false;
    return applyAction({ status, escalationLevel: 0 }, action, by).ok;
  });
  return (found as TicketAction | undefined) ?? null;
}
