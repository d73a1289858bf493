import type { Role } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange } from "../ticket-history.js";
import { setTicketSla, type TicketRow } from "../tickets.repository.js";

export type SlaSummary = { slaDueAt: Date | null; slaState: TicketRow["slaState"] };

// The events the SLA module records on a ticket: clock bookkeeping, never a change of its state.
export type SlaEvent = Extract<
  TicketEvent,
  { type: "sla_paused" | "sla_resumed" | "sla_warning" | "sla_breached" | "sla_policy_changed" }
>;

const moved = (t: TicketRow, s: SlaSummary) =>
  s.slaState !== t.slaState || (s.slaDueAt?.getTime() ?? null) !== (t.slaDueAt?.getTime() ?? null);

// The SLA module's view of a ticket: its summary columns (soonest due time and state; written only
// when they move, and not a ticket change, so the version and its timers stay) and its SLA events.
export async function applySla(
  tx: Db,
  s: Services,
  c: {
    ticket: TicketRow;
    summary: SlaSummary | null;
    events: SlaEvent[];
    actor: { userId: string; role: Role } | null;
    at: Date;
    audit: string;
  },
): Promise<void> {
  const { ticket, summary } = c;
  if (summary && moved(ticket, summary)) await setTicketSla(tx, ticket.tenantId, ticket.id, summary);
  if (c.events.length === 0) return;
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: summary ? { ...ticket, ...summary } : ticket,
    actor: c.actor,
    at: c.at,
    audit: c.audit,
    events: c.events,
  });
}
