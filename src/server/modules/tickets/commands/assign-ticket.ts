import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { assignmentStatus } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { type TicketRow, updateTicketRow } from "../tickets.repository.js";

export type SystemAssignment = {
  to: string;
  rule: "auto" | "first_contact";
  // Why this agent (routing's scoring, or the first public reply), kept in the event for staff.
  reason: Record<string, unknown>;
  origin: string;
  at: Date;
};

const AUDIT = { auto: "ticket.auto_assigned", first_contact: "ticket.first_contact_owner" } as const;

// Routing hands a ticket to an agent: the assignee, the status it implies (new → assigned), the
// history and the audit entry, in the caller's transaction (which holds the row, e.g. the queue's
// FOR UPDATE). One UPDATE, one INSERT of events, one audit INSERT: the drain's cost per ticket.
export async function assignTicket(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  a: SystemAssignment,
): Promise<TicketRow> {
  const status = assignmentStatus(ticket, true, { reason: null, origin: a.origin });
  const after = await updateTicketRow(tx, ticket.tenantId, ticket.id, {
    assigneeId: a.to,
    status: status?.data.to ?? ticket.status,
    updatedAt: a.at,
  });
  const events: TicketEventInput[] = [
    {
      type: "assigned",
      data: { from: ticket.assigneeId, to: a.to, rule: a.rule, reason: a.reason, origin: a.origin },
    },
  ];
  if (status) events.push(status);
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at: a.at,
    audit: AUDIT[a.rule],
    events,
  });
  return after;
}
