import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toReservationDto } from "../parts.dto.js";
import { findPart, findReservation, findSite, setReservationStatus } from "../parts.repository.js";
import { TICKET_PARTS_CHANGED } from "../parts-events.js";
import { oweOldPartIfInWarranty } from "./owe-old-part-if-in-warranty.js";
import { recordMovement } from "./record-movement.js";

// Ends a reservation: `release` gives the units back (work cancelled, or a back-order no longer
// wanted); `consume` records that the repair used them (they leave the shelf).
export async function settleReservation(s: Services, actor: Actor, id: string, how: "release" | "consume") {
  return s.db.transaction(async (tx) => {
    const r = await findReservation(tx, actor.tenantId, id, true);
    if (!r) throw new AppError("stock.reservation_not_found");
    const part = await findPart(tx, actor.tenantId, r.partId);
    const site = await findSite(tx, actor.tenantId, r.siteId);
    if (!part || !site) throw new AppError("stock.reservation_not_found");
    const now = s.clock.now();
    const waitingRelease = r.status === "waiting" && how === "release";
    if (r.status !== "active" && !waitingRelease) throw new AppError("stock.reservation_not_active");
    if (waitingRelease)
      // Nothing was held, so no stock moves; the audit log still records who cancelled it.
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "stock.backorder_cancelled",
        entityType: "stock_reservation",
        entityId: r.id,
        data: { partNo: part.partNo, site: site.code, qty: r.qty, ticketId: r.ticketId },
        at: now,
      });
    else
      await recordMovement(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        part,
        site,
        kind: how === "release" ? "release" : "consumption",
        qty: r.qty,
        reservationId: r.id,
        ticketId: r.ticketId,
        at: now,
      });
    if (how === "consume") await oweOldPartIfInWarranty(tx, r, now);
    const row = await setReservationStatus(
      tx,
      actor.tenantId,
      r.id,
      how === "release" ? "released" : "consumed",
      now,
    );
    if (r.ticketId)
      await s.events.emit(tx, TICKET_PARTS_CHANGED, {
        tenantId: actor.tenantId,
        ticketId: r.ticketId,
        at: now,
      });
    return toReservationDto(row, part, site);
  });
}
