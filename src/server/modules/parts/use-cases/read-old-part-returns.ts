import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listOldPartReturns } from "../parts.repository.js";
import type { OLD_PART_STATUSES } from "../parts.schemas.js";
import { toDto } from "./old-part-return-dto.js";
import { siteId, ticketId } from "./stock-filters.js";

export async function readOldPartReturns(
  s: Services,
  actor: Actor,
  q: {
    status?: (typeof OLD_PART_STATUSES)[number] | "open";
    ticketRef?: string;
    site?: string;
    technicianId?: string;
  },
) {
  const rows = await listOldPartReturns(s.db, actor.tenantId, {
    status: q.status === "open" ? undefined : q.status,
    open: q.status === "open",
    ticketId: await ticketId(s, actor, q.ticketRef),
    siteId: await siteId(s, actor, q.site),
    technicianId: q.technicianId === "me" ? actor.userId : q.technicianId,
  });
  const now = s.clock.now();
  return { items: rows.map((r) => toDto(r, now)), nextCursor: null };
}
