import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicketWithNames, ticketVisibility } from "../tickets.repository.js";

export async function visibleTicket(s: Services, actor: Actor, ref: string) {
  const row = await findTicketWithNames(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!row) throw new AppError("ticket.not_found");
  return row.ticket;
}
