import type { RateTicketInput } from "../../../../shared/api/tickets.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { recordTicketChange } from "../ticket-history.js";
import { findRating, findTicket, ticketVisibility } from "../tickets.repository.js";
import { ticketRatings } from "../tickets.tables.js";
import { getTicket } from "./get-ticket.js";

// The customer rates their own request once it is closed (confirmed, or closed after the silence
// period); once only: the row's key and the ticket lock keep a second rating out.
export async function rateTicket(s: Services, actor: Actor, ref: string, input: RateTicketInput) {
  const id = await s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    if (ticket.status !== "closed") throw new AppError("ticket.rating_not_closed");
    if (await findRating(tx, actor.tenantId, ticket.id)) throw new AppError("ticket.already_rated");
    const now = s.clock.now();
    await tx.insert(ticketRatings).values({
      tenantId: actor.tenantId,
      ticketId: ticket.id,
      customerId: ticket.customerId,
      score: input.score,
      comment: input.comment?.trim() || null,
      createdAt: now,
    });
    await recordTicketChange(tx, s.events, {
      before: ticket,
      after: ticket,
      actor: { userId: actor.userId, role: actor.role },
      at: now,
      audit: "ticket.rated",
      events: [{ type: "rated", data: { score: input.score } }],
    });
    return ticket.id;
  });
  return getTicket(s, actor, id);
}
