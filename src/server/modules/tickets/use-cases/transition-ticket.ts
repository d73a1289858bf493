import type { TicketAction } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import { moveTicket } from "../steps/move-ticket.js";
import { findTicket, ticketVisibility } from "../tickets.repository.js";
import { getTicket } from "./get-ticket.js";

export async function transitionTicket(
  s: Services,
  actor: Actor,
  ref: string,
  action: TicketAction,
  reason?: string,
) {
  const tenant = await tenantSettings(s.db, actor.tenantId);
  const autoCloseDays = tenant?.autoCloseDays ?? 7;
  const id = await s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    await moveTicket(tx, s, actor, ticket, { action, reason, autoCloseDays });
    return ticket.id;
  });
  return getTicket(s, actor, id);
}
