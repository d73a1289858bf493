import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type ActorKind, applyAction, type LifecycleAction } from "../lifecycle.js";
import type { TicketEvent } from "../ticket-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { findTicket, type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";

export type CallbackTicketEvent = Extract<TicketEvent, { type: "callback" }>;

// What a callback's result does to its ticket: "confirm" closes a resolved ticket (the customer
// said it is fixed), "auto_confirm" closes it when the customer could not be reached (tenant
// policy), "reopen" sends a resolved or closed ticket back to work. Nothing else moves the row.
export type CallbackSettlement = "confirm" | "auto_confirm" | "reopen";

function lifecycleAction(settle: CallbackSettlement, status: string): LifecycleAction | null {
  if (settle === "reopen") return status === "resolved" ? "reject" : status === "closed" ? "reopen" : null;
  if (status !== "resolved") return null;
  return settle === "confirm" ? "confirm" : "auto_close";
}

// One callback step on its ticket, in the callback's transaction: the `callback` history event,
// the status change it settles (through the lifecycle), one audit entry. A ticket that has moved
// on (closed by the customer meanwhile, reopened) keeps its status; the callback is still recorded.
export async function recordCallback(
  tx: Db,
  s: Services,
  input: {
    tenantId: string;
    ticketId: string;
    actor: Actor | null;
    event: CallbackTicketEvent;
    settle?: CallbackSettlement;
    at: Date;
  },
): Promise<TicketRow | null> {
  const ticket = await findTicket(tx, input.tenantId, input.ticketId, undefined, true);
  if (!ticket) return null;
  const events: TicketEventInput[] = [];
  let after = ticket;
  const action = input.settle ? lifecycleAction(input.settle, ticket.status) : null;
  if (action && input.settle) {
    const by: ActorKind = input.actor ? "staff" : "system";
    const reason = input.event.data.reason ?? undefined;
    const out = applyAction(
      { status: ticket.status, escalationLevel: ticket.escalationLevel },
      action,
      by,
      reason,
    );
    if (out.ok) {
      const patch: Partial<NewTicketRow> = { status: out.state.status, updatedAt: input.at };
      if (out.state.status === "closed") patch.closedAt = input.at;
      else Object.assign(patch, { resolvedAt: null, closedAt: null });
      after = await updateTicketRow(tx, input.tenantId, ticket.id, patch);
      events.push({
        type: "status_changed",
        data: {
          from: ticket.status,
          to: after.status,
          action: input.settle === "auto_confirm" ? "auto_confirm" : action,
          reason: reason ?? null,
        },
      });
    }
  }
  events.push(input.event);
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: input.actor ? { userId: input.actor.userId, role: input.actor.role } : null,
    at: input.at,
    audit: `ticket.callback_${input.event.data.outcome}`,
    events,
  });
  return after;
}
