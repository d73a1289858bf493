import type { Db } from "../../../platform/db/client.js";
import { findMessage, findMessages, type MessageRow, type TicketChanged } from "../../tickets/index.js";
import { watchText } from "./watch-text.js";

const byCustomer = (change: TicketChanged) =>
  change.actor === null || change.actor.role === "customer" || change.actor.role === "dealer";

// Subscriber of TICKET_CHANGED: what a customer wrote — a public message, or the request itself —
// is watched as it arrives (channel intake and customers have no staff actor; dealers write for them).
export async function watchCustomerWords(
  tx: Db,
  change: TicketChanged,
  known?: ReadonlyMap<string, MessageRow>,
): Promise<void> {
  if (!byCustomer(change)) return;
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
      const m = known?.get(e.data.messageId) ?? (await findMessage(tx, change.tenantId, e.data.messageId));
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

// The same for many changes (mails written together): their messages read in one query per tenant.
export async function watchCustomerWordsOfMany(tx: Db, changes: readonly TicketChanged[]): Promise<void> {
  const wanted = new Map<string, string[]>();
  for (const c of changes)
    if (byCustomer(c))
      for (const e of c.events)
        if (e.type === "message_added" && e.data.visibility === "public")
          wanted.set(c.tenantId, [...(wanted.get(c.tenantId) ?? []), e.data.messageId]);
  const known = new Map<string, MessageRow>();
  for (const [tenantId, ids] of wanted)
    for (const m of await findMessages(tx, tenantId, ids)) known.set(m.id, m);
  for (const c of changes) await watchCustomerWords(tx, c, known);
}
