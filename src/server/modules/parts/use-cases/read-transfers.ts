import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listTransfers } from "../parts.repository.js";
import { siteId } from "./stock-filters.js";
import { toTransferDto } from "./transfer-dto.js";

// Transfers newest first, with their shipment's tracking events; `site` matches either end.
export async function readTransfers(
  s: Services,
  actor: Actor,
  q: { status?: "in_transit" | "received"; site?: string; limit: number },
) {
  const rows = await listTransfers(
    s.db,
    actor.tenantId,
    { status: q.status, siteId: await siteId(s, actor, q.site) },
    q.limit,
  );
  return { items: rows.map((r) => toTransferDto(r, r.part, r.from, r.to)), nextCursor: null };
}
