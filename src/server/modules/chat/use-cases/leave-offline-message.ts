import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findConversation, updateConversation } from "../chat.repository.js";
import { noticeText } from "../chat-texts.js";
import { openTicketFromChat } from "./chat-ticket.js";
import { announceAfterCommit, postMessage } from "./post-message.js";

// Engine command: nobody could take the chat, so the customer leaves a message. It becomes a ticket
// with the transcript (no agent involved), the chat ends, and the customer is told the number.
export async function leaveOfflineMessage(
  s: Services,
  tenantId: string,
  id: string,
  text: string,
): Promise<{ ticketId: string; ticketNumber: string }> {
  return s.db.transaction(async (tx) => {
    const conv = await findConversation(tx, tenantId, id, true);
    if (!conv) throw new AppError("chat.not_found");
    if (conv.status === "closed" || conv.status === "assigned") throw new AppError("chat.not_waiting");
    await postMessage(tx, s, conv, { author: "customer", text });
    const { ticket, customerId } = await openTicketFromChat(tx, s, conv, { subject: text, actor: null });
    const now = s.clock.now();
    const closed = await updateConversation(
      tx,
      tenantId,
      id,
      { ticketId: ticket.id, customerId: conv.customerId ?? customerId, status: "closed", closedAt: now },
      now,
    );
    announceAfterCommit(tx, tenantId);
    await postMessage(
      tx,
      s,
      closed,
      {
        author: "system",
        code: "offline_ticket",
        text: noticeText("offline_ticket", closed.locale, { number: ticket.number }),
      },
      true,
    );
    return { ticketId: ticket.id, ticketNumber: ticket.number };
  });
}
