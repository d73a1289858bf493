import { and, eq, inArray, sql } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { assignmentStatus } from "../lifecycle-events.js";
import { type RecordedChange, recordTicketChanges, type TicketEventInput } from "../ticket-history.js";
import { type TicketRow, ticketColumns } from "../tickets.repository.js";
import { tickets } from "../tickets.tables.js";

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
// FOR UPDATE).
export async function assignTicket(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  a: SystemAssignment,
): Promise<TicketRow> {
  const [after] = await assignTickets(tx, s, [{ ticket, assignment: a }]);
  if (!after) throw new Error(`ticket ${ticket.id} vanished inside its transaction`);
  return after;
}

// Many assignments of one tenant at once (the queue's drain): one UPDATE for every ticket, one
// SELECT of the rows as they now are, one INSERT of all their events and one of their audit
// entries — a handful of statements per batch instead of three per ticket.
export async function assignTickets(
  tx: Db,
  s: Services,
  items: { ticket: TicketRow; assignment: SystemAssignment }[],
): Promise<TicketRow[]> {
  const first = items[0];
  if (!first) return [];
  const tenantId = first.ticket.tenantId;
  const planned = items.map(({ ticket, assignment: a }) => ({
    ticket,
    a,
    status: assignmentStatus(ticket, true, { reason: null, origin: a.origin }),
  }));
  const rows = sql.join(
    planned.map(
      ({ ticket, a, status }) =>
        sql`(${ticket.id}, ${a.to}, ${status?.data.to ?? ticket.status}, ${a.at.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    update tickets t
       set assignee_id = v.assignee, status = v.status, updated_at = v.at, version = t.version + 1
      from (values ${rows}) as v(id, assignee, status, at)
     where t.tenant_id = ${tenantId} and t.id = v.id`);
  const ids = planned.map((p) => p.ticket.id);
  const now = await tx
    .select(ticketColumns)
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)));
  const byId = new Map(now.map((r) => [r.id, r]));
  const changes: RecordedChange[] = planned.map(({ ticket, a, status }) => {
    const after = byId.get(ticket.id);
    if (!after) throw new Error(`ticket ${ticket.id} vanished inside its transaction`);
    const events: TicketEventInput[] = [
      {
        type: "assigned",
        data: { from: ticket.assigneeId, to: a.to, rule: a.rule, reason: a.reason, origin: a.origin },
      },
    ];
    if (status) events.push(status);
    return { before: ticket, after, actor: null, at: a.at, audit: AUDIT[a.rule], events };
  });
  await recordTicketChanges(tx, s.events, changes);
  return changes.map((c) => c.after);
}
