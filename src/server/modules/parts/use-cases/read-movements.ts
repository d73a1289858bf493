import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { toMovementDto } from "../parts.dto.js";
import { listMovements } from "../parts.repository.js";
import { type Page, partId, siteId, ticketId } from "./stock-filters.js";

export async function readMovements(
  s: Services,
  actor: Actor,
  q: { partNo?: string; site?: string; ticketRef?: string } & Page,
) {
  const after = decodeCursor(q.cursor);
  const rows = await listMovements(
    s.db,
    actor.tenantId,
    {
      partId: await partId(s, actor, q.partNo),
      siteId: await siteId(s, actor, q.site),
      ticketId: await ticketId(s, actor, q.ticketRef),
    },
    q.limit + 1,
    after?.[0],
  );
  return keysetPage(
    rows,
    q.limit,
    (last) => [last.movement.id],
    (r) => toMovementDto(r.movement, r.partNo, r.siteCode),
  );
}
