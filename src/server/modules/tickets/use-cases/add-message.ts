import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { appendMessage, type NewMessage } from "../steps/append-message.js";
import { findTicket, ticketVisibility } from "../tickets.repository.js";
import { getMessages } from "./get-messages.js";

export async function addMessage(s: Services, actor: Actor, ref: string, input: NewMessage) {
  if (!isStaff(actor.role) && input.visibility === "internal")
    throw new AppError("ticket.internal_forbidden");
  const messageId = await s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    return (await appendMessage(tx, s, actor, ticket, input)).messageId;
  });
  const messages = await getMessages(s, actor, ref);
  const created = messages.find((m) => m.id === messageId);
  if (!created) throw new AppError("ticket.not_found");
  return created;
}
