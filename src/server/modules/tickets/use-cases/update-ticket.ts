import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { checkTicketPatch, patchTicket } from "../steps/patch-ticket.js";
import { findTicket, ticketVisibility } from "../tickets.repository.js";
import type { TUpdateTicket } from "../tickets.schemas.js";
import { getTicket } from "./get-ticket.js";

export async function updateTicket(s: Services, actor: Actor, ref: string, input: TUpdateTicket) {
  await checkTicketPatch(s.db, actor.tenantId, input);
  const id = await s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    await patchTicket(tx, s, actor, ticket, input);
    return ticket.id;
  });
  return getTicket(s, actor, id);
}
