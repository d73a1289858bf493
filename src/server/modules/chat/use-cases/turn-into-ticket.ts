import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findConversation, updateConversation } from "../chat.repository.js";
import { noticeText } from "../chat-texts.js";
import { openTicketFromChat } from "./chat-ticket.js";
import { announceAfterCommit, postMessage } from "./post-message.js";

// Engine command: the chat needs follow-up, so it becomes a ticket (the transcript is its
// description) and the two are linked; the customer is told the ticket's number.
export async function turnIntoTicket(
  s: Services,
  actor: Actor,
  id: string,
  input: { subject?: string },
): Promise<{ ticketId: string; ticketNumber: string }> {
  return s.db.transaction(async (tx) => {
    const conv = await findConversation(tx, actor.tenantId, id, true);
    if (!conv) throw new AppError("chat.not_found");
    const mayAct = conv.assigneeId === actor.userId || actor.role === "supervisor" || actor.role === "admin";
    if (!mayAct) throw new AppError("chat.not_yours");
    const role = actor.role === "admin" || actor.role === "supervisor" ? actor.role : "agent";
    const { ticket, customerId } = await openTicketFromChat(tx, s, conv, {
      subject: input.subject,
      actor: { userId: actor.userId, role },
    });
    const linked = await updateConversation(
      tx,
      actor.tenantId,
      id,
      { ticketId: ticket.id, customerId: conv.customerId ?? customerId },
      s.clock.now(),
    );
    announceAfterCommit(tx, actor.tenantId);
    await postMessage(tx, s, linked, {
      author: "system",
      code: "ticket",
      text: noticeText("ticket", linked.locale, { number: ticket.number }),
    });
    return { ticketId: ticket.id, ticketNumber: ticket.number };
  });
}
