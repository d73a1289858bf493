import { type ActorKind, actorKind, applyAction, statusAfterAssignment } from "./lifecycle.js";
import type { TicketEvent } from "./ticket-events.js";
import type { TicketRow } from "./tickets.repository.js";

export { actorKind };

type StatusChanged = Extract<TicketEvent, { type: "status_changed" }>;

// The status change a customer's reply causes (pending_customer → in_progress), through the
// lifecycle's customer_reply rule, or null when it causes none.
export function customerReply(ticket: TicketRow, by: ActorKind): StatusChanged | null {
  const out = applyAction(
    { status: ticket.status, escalationLevel: ticket.escalationLevel },
    "customer_reply",
    by,
  );
  if (!out.ok) return null;
  return {
    type: "status_changed",
    data: { from: ticket.status, to: out.state.status, action: "resume", reason: "customer_replied" },
  };
}

// The status change an assignment causes (new ⇄ assigned), or null when it causes none.
export function assignmentStatus(
  ticket: TicketRow,
  assigned: boolean,
  extra: { reason?: null; origin?: string } = {},
): StatusChanged | null {
  const to = statusAfterAssignment(ticket.status, assigned);
  if (to === ticket.status) return null;
  return { type: "status_changed", data: { from: ticket.status, to, action: "assign", ...extra } };
}
