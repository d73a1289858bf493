import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, type TicketRow, ticketVisibility } from "../../tickets/index.js";
import { type ComplaintRow, findComplaint, findComplaintOfTicket } from "../complaints.repository.js";

// The complaint of a ticket the actor may see (customers: their own), or 404.
export async function visibleComplaintOfTicket(s: Services, actor: Actor, ref: string) {
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  const complaint = await findComplaintOfTicket(s.db, actor.tenantId, ticket.id);
  if (!complaint) throw new AppError("complaint.not_found");
  return { ticket, complaint };
}

// A staff step on one complaint: its ticket, then the complaint locked (the order a ticket change's
// subscriber takes them in), in the step's transaction.
export async function lockedComplaint(
  tx: Db,
  actor: Actor,
  id: string,
): Promise<{ complaint: ComplaintRow; ticket: TicketRow }> {
  const found = await findComplaint(tx, actor.tenantId, id);
  if (!found) throw new AppError("complaint.not_found");
  const ticket = await findTicket(tx, actor.tenantId, found.ticketId, undefined, true);
  const complaint = await findComplaint(tx, actor.tenantId, id, true);
  if (!ticket || !complaint) throw new AppError("complaint.not_found");
  return { complaint, ticket };
}

export function requireStatus(c: ComplaintRow, allowed: readonly string[]): void {
  if (!allowed.includes(c.status)) throw new AppError("complaint.invalid_state", { status: c.status });
}
