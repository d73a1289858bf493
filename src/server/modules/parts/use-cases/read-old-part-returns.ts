import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { listOldPartReturns } from "../parts.repository.js";
import type { OLD_PART_STATUSES } from "../parts.schemas.js";
import { toDto } from "./old-part-return-dto.js";

export async function readOldPartReturns(
  s: Services,
  actor: Actor,
  q: { status?: (typeof OLD_PART_STATUSES)[number]; ticketRef?: string },
) {
  let ticketId: string | undefined;
  if (q.ticketRef) {
    const ticket = await findTicket(s.db, actor.tenantId, q.ticketRef, ticketVisibility(actor));
    if (!ticket) throw new AppError("ticket.not_found");
    ticketId = ticket.id;
  }
  const rows = await listOldPartReturns(s.db, actor.tenantId, { status: q.status, ticketId });
  return { items: rows.map((r) => toDto(r.ret, r.part, r.site)), nextCursor: null };
}
