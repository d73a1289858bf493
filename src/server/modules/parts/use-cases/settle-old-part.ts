import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findOldPartReturn, findPart, findSite, setOldPartReturnStatus } from "../parts.repository.js";
import { readOldPartReturn } from "./old-part-return-dto.js";
import { recordMovement } from "./record-movement.js";

const NEXT = { ship: "shipped", receive: "received", scrap: "scrapped" } as const;

// `ship`: the technician sent the original back (still owed until it arrives).
// `receive`: the original is back, booked in as defective stock at the site it is owed to.
// `scrap`: it will not come back (destroyed on site, with the supervisor's approval).
export async function settleOldPart(
  s: Services,
  actor: Actor,
  id: string,
  how: "ship" | "receive" | "scrap",
) {
  return s.db.transaction(async (tx) => {
    const r = await findOldPartReturn(tx, actor.tenantId, id);
    if (!r) throw new AppError("stock.old_part_not_found");
    const open = how === "ship" ? r.status === "owed" : r.status === "owed" || r.status === "shipped";
    if (!open) throw new AppError("stock.old_part_not_owed");
    const part = await findPart(tx, actor.tenantId, r.partId);
    const site = await findSite(tx, actor.tenantId, r.siteId);
    if (!part || !site) throw new AppError("stock.old_part_not_found");
    const now = s.clock.now();
    if (how === "receive")
      await recordMovement(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        part,
        site,
        kind: "defective_return",
        qty: r.qty,
        reservationId: r.reservationId,
        ticketId: r.ticketId,
        at: now,
      });
    else
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: how === "ship" ? "stock.old_part_shipped" : "stock.old_part_scrapped",
        entityType: "old_part_return",
        entityId: r.id,
        data: { partNo: part.partNo, site: site.code, qty: r.qty, ticketId: r.ticketId },
        at: now,
      });
    await setOldPartReturnStatus(tx, actor.tenantId, r.id, NEXT[how], now);
    return readOldPartReturn(tx, actor.tenantId, r.id, now);
  });
}
