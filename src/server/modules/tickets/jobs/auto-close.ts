import { z } from "zod";
import { defineJob } from "../../../platform/jobs/queue.js";
import { applyAction } from "../lifecycle.js";
import { recordTicketChange } from "../ticket-history.js";
import { findTicket, updateTicketRow } from "../tickets.repository.js";

// Closes a resolved ticket the customer never answered. The version pins the resolution that
// scheduled it: if anything happened since (reply, reject, a new resolve), this run does nothing.
export const autoCloseJob = defineJob({
  kind: "tickets.auto_close",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    version: z.number().int(),
    days: z.number().int(),
  }),
  async handle(p, { tx, s, now }) {
    const ticket = await findTicket(tx, p.tenantId, p.ticketId, undefined, true);
    if (!ticket || ticket.version !== p.version) return;
    const out = applyAction(
      { status: ticket.status, escalationLevel: ticket.escalationLevel },
      "auto_close",
      "system",
    );
    if (!out.ok) return;
    const after = await updateTicketRow(tx, p.tenantId, ticket.id, {
      status: out.state.status,
      closedAt: now,
      updatedAt: now,
    });
    await recordTicketChange(tx, s.events, {
      before: ticket,
      after,
      actor: null,
      at: now,
      audit: "ticket.auto_closed",
      events: [
        { type: "auto_closed", data: { from: ticket.status, to: out.state.status, afterDays: p.days } },
      ],
    });
  },
});
