import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange } from "../ticket-history.js";
import type { TicketRow } from "../tickets.repository.js";

export type RmaTicketEvent = Extract<TicketEvent, { type: "rma_opened" | "rma_step" }>;

// An RMA step on its ticket: one history event and one audit entry in the RMA's transaction. The
// ticket row itself does not change (its status and its auto-close timer are the ticket's own).
export async function recordRmaStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  actor: Actor | null,
  event: RmaTicketEvent,
  at: Date,
): Promise<void> {
  const action = event.type === "rma_opened" ? "opened" : event.data.action;
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: ticket,
    actor: actor ? { userId: actor.userId, role: actor.role } : null,
    at,
    audit: `ticket.rma_${action}`,
    events: [event],
  });
}
