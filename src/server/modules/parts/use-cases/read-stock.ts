import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { toStockLine } from "../parts.dto.js";
import { listStock } from "../parts.repository.js";
import { type Page, partId, siteId } from "./stock-filters.js";

export async function readStock(
  s: Services,
  actor: Actor,
  q: { partNo?: string; site?: string; q?: string; low?: "true" | "false" } & Page,
) {
  const after = decodeCursor(q.cursor, ["text", "text"]);
  const rows = await listStock(
    s.db,
    actor.tenantId,
    {
      partId: await partId(s, actor, q.partNo),
      siteId: await siteId(s, actor, q.site),
      q: q.q,
      lowOnly: q.low === "true",
    },
    q.limit + 1,
    after ? [after[0] ?? "", after[1] ?? ""] : undefined,
  );
  return keysetPage(
    rows,
    q.limit,
    (last) => [last.part.partNo, last.site.code],
    (r) => toStockLine(r.balance, r.part, r.site),
  );
}
