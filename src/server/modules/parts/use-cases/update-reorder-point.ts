import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toStockLine } from "../parts.dto.js";
import { setReorderPoint } from "../parts.repository.js";
import type { TReorderPoint } from "../parts.schemas.js";
import { partAndSite } from "./part-and-site.js";

// At or below this many available units the line shows as low (and in ?low=true).
export async function updateReorderPoint(s: Services, actor: Actor, input: TReorderPoint) {
  return s.db.transaction(async (tx) => {
    const { part, site } = await partAndSite(tx, actor.tenantId, input.partNo, input.site);
    const balance = await setReorderPoint(
      tx,
      { tenantId: actor.tenantId, siteId: site.id, partId: part.id },
      input.reorderPoint,
    );
    if (!balance) throw new Error("reorder point row missing");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "stock.reorder_point_set",
      entityType: "part",
      entityId: part.id,
      data: input,
      at: s.clock.now(),
    });
    return toStockLine(balance, part, site);
  });
}
