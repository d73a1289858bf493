import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange } from "../ticket-history.js";
import type { TicketRow } from "../tickets.repository.js";

export type VisitTicketEvent = Extract<TicketEvent, { type: "visit_step" }>;

// A field visit's step on its ticket: one history event and one audit entry in the visit's
// transaction. The ticket row itself does not change.
export async function recordVisitStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  actor: Actor | null,
  event: VisitTicketEvent,
  at: Date,
): Promise<void> {
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: ticket,
    actor: actor ? { userId: actor.userId, role: actor.role } : null,
    at,
    audit: `ticket.visit_${event.data.action}`,
    events: [event],
  });
}
