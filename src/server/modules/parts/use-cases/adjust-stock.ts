import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toStockLine } from "../parts.dto.js";
import { setReorderPoint } from "../parts.repository.js";
import type { TAdjustment, TReorderPoint } from "../parts.schemas.js";
import { partAndSite, recordMovement } from "./record-movement.js";

// The correction after a count. A count can never take away units that are reserved.
export async function adjustStock(s: Services, actor: Actor, input: TAdjustment) {
  if (input.qty === 0) throw new AppError("stock.adjustment_zero");
  return s.db.transaction(async (tx) => {
    const { part, site } = await partAndSite(tx, actor.tenantId, input.partNo, input.site);
    const { balance } = await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site,
      kind: "adjustment",
      qty: input.qty,
      note: input.reason,
      at: s.clock.now(),
    });
    return toStockLine(balance, part, site);
  });
}

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
