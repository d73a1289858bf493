import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { Actor } from "../../platform/http/actor.js";
import { findTicket, ticketVisibility } from "../tickets/index.js";

// The id of the ticket a collision notice is about (its number or id in the path).
export async function ticketIdOf(s: Services, actor: Actor, ref: string): Promise<string> {
  const t = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!t) throw new AppError("ticket.not_found");
  return t.id;
}
