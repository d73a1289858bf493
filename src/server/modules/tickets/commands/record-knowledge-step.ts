import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange } from "../ticket-history.js";
import type { TicketRow } from "../tickets.repository.js";

export type KnowledgeTicketEvent = Extract<TicketEvent, { type: "sop_step" | "article_linked" }>;

// The knowledge module's marks on a ticket (an SOP step ticked, an article linked): one history
// event and one audit entry in the caller's transaction. The ticket row itself does not change.
export async function recordKnowledgeStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  actor: Actor,
  event: KnowledgeTicketEvent,
  at: Date,
): Promise<void> {
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: ticket,
    actor: { userId: actor.userId, role: actor.role },
    at,
    audit: `ticket.${event.type}`,
    events: [event],
  });
}
