import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { assignmentStatus } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";

// An escalation (SLA ladder or major complaint) being built: the row patch and its history events.
export type EscalationChange = { patch: Partial<NewTicketRow>; events: TicketEventInput[] };

// Hands the ticket to the escalation's assignee, with the status an assignment moves it to.
export function handOver(ticket: TicketRow, assignTo: string | null, change: EscalationChange): void {
  if (!assignTo || assignTo === ticket.assigneeId) return;
  change.patch.assigneeId = assignTo;
  change.events.push({
    type: "assigned",
    data: { from: ticket.assigneeId, to: assignTo, rule: "escalation" },
  });
  const status = assignmentStatus(ticket, true);
  if (status) {
    change.patch.status = status.data.to;
    change.events.push(status);
  }
}

// Writes the escalation as one system change: the row (when anything changed), history and audit.
export async function commitEscalation(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  change: EscalationChange,
  audit: string,
  at: Date,
): Promise<TicketRow> {
  const after =
    Object.keys(change.patch).length > 0
      ? await updateTicketRow(tx, ticket.tenantId, ticket.id, { ...change.patch, updatedAt: at })
      : ticket;
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at,
    audit,
    events: change.events,
  });
  return after;
}
