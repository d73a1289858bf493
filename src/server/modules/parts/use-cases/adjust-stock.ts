import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toStockLine } from "../parts.dto.js";
import type { TAdjustment } from "../parts.schemas.js";
import { partAndSite } from "./part-and-site.js";
import { recordMovement } from "./record-movement.js";

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
