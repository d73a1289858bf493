import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toTicketDetail } from "../ticket-views.js";
import {
  findAttachmentsForTicket,
  findRating,
  findTicketWithNames,
  ticketVisibility,
} from "../tickets.repository.js";

export async function getTicket(s: Services, actor: Actor, ref: string) {
  const row = await findTicketWithNames(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!row) throw new AppError("ticket.not_found");
  const [attachments, rating] = await Promise.all([
    findAttachmentsForTicket(s.db, actor.tenantId, row.ticket.id),
    findRating(s.db, actor.tenantId, row.ticket.id),
  ]);
  return { ...toTicketDetail(row, actor, attachments), rating };
}
