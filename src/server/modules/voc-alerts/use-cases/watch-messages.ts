import type { Db } from "../../../platform/db/client.js";
import { findMessage, type TicketChanged } from "../../tickets/index.js";
import { watchText } from "./watch-text.js";

// Subscriber of TICKET_CHANGED: what a customer wrote — a public message, or the request itself —
// is watched as it arrives (channel intake and customers have no staff actor; dealers write for them).
export async function watchCustomerWords(tx: Db, change: TicketChanged): Promise<void> {
  const byCustomer =
    change.actor === null || change.actor.role === "customer" || change.actor.role === "dealer";
  if (!byCustomer) return;
  for (const e of change.events) {
    if (e.type === "created") {
      const t = change.after;
      await watchText(tx, {
        tenantId: change.tenantId,
        sourceKey: `ticket:${t.id}`,
        source: "ticket",
        text: `${t.subject}\n${t.description}`,
        ticketId: t.id,
        at: change.at,
      });
    }
    if (e.type === "message_added" && e.data.visibility === "public") {
      const m = await findMessage(tx, change.tenantId, e.data.messageId);
      if (!m) continue;
      await watchText(tx, {
        tenantId: change.tenantId,
        sourceKey: `message:${m.id}`,
        source: "message",
        text: m.body,
        ticketId: change.after.id,
        at: change.at,
      });
    }
  }
}
