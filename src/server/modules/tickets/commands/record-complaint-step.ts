import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import type { NewTicketRow, TicketRow } from "../tickets.repository.js";
import { commitEscalation, handOver } from "./escalation-change.js";

export type ComplaintTicketEvent = Extract<TicketEvent, { type: "complaint_step" }>;

// A complaint's step on its ticket: one history event and one audit entry in the complaint's
// transaction. The ticket row itself does not change.
export async function recordComplaintStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  actor: Actor | null,
  event: ComplaintTicketEvent,
  at: Date,
): Promise<void> {
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: ticket,
    actor: actor ? { userId: actor.userId, role: actor.role } : null,
    at,
    audit: `ticket.complaint_${event.data.action}`,
    events: [event],
  });
}

// A major complaint goes to the service manager at once: priority A, escalation level at least 1,
// the manager as assignee (with the status that implies), and the complaint's step — one change.
export async function escalateComplaint(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  step: { assignTo: string | null; event: ComplaintTicketEvent; at: Date },
): Promise<TicketRow> {
  const patch: Partial<NewTicketRow> = {};
  const events: TicketEventInput[] = [step.event];
  if (ticket.escalationLevel < 1) {
    patch.escalationLevel = 1;
    events.push({
      type: "escalated",
      data: { from: ticket.escalationLevel, to: 1, reason: "major complaint", assignedTo: step.assignTo },
    });
  }
  if (ticket.priority !== "A") {
    patch.priority = "A";
    events.push({ type: "field_changed", data: { field: "priority", from: ticket.priority, to: "A" } });
  }
  handOver(ticket, step.assignTo, { patch, events });
  return commitEscalation(tx, s, ticket, { patch, events }, "ticket.complaint_escalated", step.at);
}
