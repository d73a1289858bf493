import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toReservationDto } from "../parts.dto.js";
import { listReservations } from "../parts.repository.js";
import type { RESERVATION_STATUSES } from "../parts.schemas.js";
import { partId, ticketId } from "./stock-filters.js";

export async function readReservations(
  s: Services,
  actor: Actor,
  q: { ticketRef?: string; partNo?: string; status?: (typeof RESERVATION_STATUSES)[number]; limit: number },
) {
  const rows = await listReservations(
    s.db,
    actor.tenantId,
    {
      ticketId: await ticketId(s, actor, q.ticketRef),
      partId: await partId(s, actor, q.partNo),
      status: q.status,
    },
    q.limit,
  );
  return { items: rows.map((r) => toReservationDto(r.reservation, r.part, r.site)), nextCursor: null };
}
