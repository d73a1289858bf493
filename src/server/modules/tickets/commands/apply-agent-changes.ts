import type { TicketStatus } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import { actionTowards, actorKind } from "../lifecycle.js";
import { appendMessage, type NewMessage } from "../steps/append-message.js";
import { moveTicket } from "../steps/move-ticket.js";
import { checkTicketPatch, patchTicket } from "../steps/patch-ticket.js";
import { findTicket, ticketVisibility } from "../tickets.repository.js";
import type { TUpdateTicket } from "../tickets.schemas.js";

export type AgentChanges = {
  message?: NewMessage;
  patch?: TUpdateTicket;
  // Reached through the lifecycle from wherever the message and the patch leave the ticket;
  // when no action leads there the rest still applies and `statusRefused` says so.
  status?: TicketStatus;
};

export type AppliedChanges = { ticketId: string; messageId: string | null; statusRefused: boolean };

// A reply, field changes and a status move in ONE transaction (a macro applied on the server):
// each step keeps its own history events and audit entry, and any failure leaves nothing behind.
// `within` runs last in the same transaction (the caller's own bookkeeping, e.g. an idempotency key).
export async function applyAgentChanges(
  s: Services,
  actor: Actor,
  ref: string,
  changes: AgentChanges,
  within?: (tx: Db, applied: AppliedChanges) => Promise<void>,
): Promise<AppliedChanges> {
  if (changes.patch) await checkTicketPatch(s.db, actor.tenantId, changes.patch);
  const autoCloseDays = (await tenantSettings(s.db, actor.tenantId))?.autoCloseDays ?? 7;
  return s.db.transaction(async (tx) => {
    let ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor), true);
    if (!ticket) throw new AppError("ticket.not_found");
    let messageId: string | null = null;
    if (changes.message) {
      const out = await appendMessage(tx, s, actor, ticket, changes.message);
      messageId = out.messageId;
      ticket = out.after;
    }
    if (changes.patch) ticket = await patchTicket(tx, s, actor, ticket, changes.patch);
    let statusRefused = false;
    if (changes.status && changes.status !== ticket.status) {
      const action = actionTowards(ticket.status, changes.status, actorKind(actor.role));
      if (action) ticket = await moveTicket(tx, s, actor, ticket, { action, autoCloseDays });
      else statusRefused = true;
    }
    const applied = { ticketId: ticket.id, messageId, statusRefused };
    await within?.(tx, applied);
    return applied;
  });
}
