import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { recordTicketChange } from "../ticket-history.js";
import { findTicket, type TicketRow, ticketVisibility, updateTicketRow } from "../tickets.repository.js";
import type { TMergeTicket } from "../tickets.schemas.js";
import { getTicket } from "./get-ticket.js";

// Merges a duplicate into the surviving ticket: the duplicate is closed with a `merged_into`
// event, the survivor gets a `merged_from` event, each with its own audit entry. Messages stay on
// the duplicate and are reached through the link both tickets show (moving them would rewrite
// first-response times and mail threading that already happened on the duplicate).
export async function mergeTicket(s: Services, actor: Actor, ref: string, input: TMergeTicket) {
  const into = await s.db.transaction(async (tx) => {
    const fromRow = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor));
    const intoRow = await findTicket(tx, actor.tenantId, input.into, ticketVisibility(actor));
    if (!fromRow || !intoRow) throw new AppError("ticket.not_found");
    if (fromRow.id === intoRow.id) throw new AppError("ticket.merge_same");
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const [a, b] = [fromRow.id, intoRow.id].sort();
    const locked = new Map<string, TicketRow>();
    for (const id of [a, b] as string[]) {
      const row = await findTicket(tx, actor.tenantId, id, undefined, true);
      if (!row) throw new AppError("ticket.not_found");
      locked.set(id, row);
    }
    const from = locked.get(fromRow.id) as TicketRow;
    const target = locked.get(intoRow.id) as TicketRow;
    if (from.customerId !== target.customerId)
      throw new AppError("ticket.merge_customer_mismatch", { from: from.number, into: target.number });
    for (const t of [from, target])
      if (t.status === "closed") throw new AppError("ticket.merge_closed", { number: t.number });

    const now = s.clock.now();
    const who = { userId: actor.userId, role: actor.role };
    const reason = input.reason ?? null;
    const closed = await updateTicketRow(tx, actor.tenantId, from.id, {
      status: "closed",
      closedAt: now,
      updatedAt: now,
    });
    await recordTicketChange(tx, s.events, {
      before: from,
      after: closed,
      actor: who,
      at: now,
      audit: "ticket.merged_into",
      events: [
        { type: "merged_into", data: { into: target.number, intoId: target.id, reason } },
        { type: "status_changed", data: { from: from.status, to: "closed", action: "merge", reason } },
      ],
    });
    const survivor = await updateTicketRow(tx, actor.tenantId, target.id, { updatedAt: now });
    await recordTicketChange(tx, s.events, {
      before: target,
      after: survivor,
      actor: who,
      at: now,
      audit: "ticket.merged_from",
      events: [{ type: "merged_from", data: { from: from.number, fromId: from.id, reason } }],
    });
    return target.id;
  });
  return getTicket(s, actor, into);
}
