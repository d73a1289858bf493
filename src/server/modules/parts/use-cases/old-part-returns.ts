import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import {
  findOldPartReturn,
  findPart,
  findSite,
  insertOldPartReturn,
  listOldPartReturns,
  type PartRow,
  type ReservationRow,
  type SiteRow,
  setOldPartReturnStatus,
} from "../parts.repository.js";
import type { OLD_PART_STATUSES } from "../parts.schemas.js";
import { recordMovement } from "./record-movement.js";

type ReturnRow = Awaited<ReturnType<typeof setOldPartReturnStatus>>;

const toDto = (r: ReturnRow, part: PartRow, site: SiteRow) => ({
  id: r.id,
  partNo: part.partNo,
  partName: part.name,
  partNameEn: part.nameEn,
  site: site.code,
  qty: r.qty,
  status: r.status as (typeof OLD_PART_STATUSES)[number],
  ticketId: r.ticketId,
  reservationId: r.reservationId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

// Called when a reservation is consumed: a part fitted under warranty owes its defective original
// back to the site it came from.
export async function oweOldPartIfInWarranty(tx: Db, r: ReservationRow, at: Date) {
  if (!r.ticketId) return;
  const ticket = await findTicket(tx, r.tenantId, r.ticketId);
  if (ticket?.warrantyStatus !== "in_warranty") return;
  await insertOldPartReturn(tx, {
    id: newId("opr"),
    tenantId: r.tenantId,
    partId: r.partId,
    siteId: r.siteId,
    reservationId: r.id,
    ticketId: r.ticketId,
    qty: r.qty,
    status: "owed",
    createdAt: at,
    updatedAt: at,
  });
}

// `receive`: the original is back, booked in as defective stock at the site it is owed to.
// `scrap`: it will not come back (destroyed on site, with the supervisor's approval).
export async function settleOldPart(s: Services, actor: Actor, id: string, how: "receive" | "scrap") {
  return s.db.transaction(async (tx) => {
    const r = await findOldPartReturn(tx, actor.tenantId, id);
    if (!r) throw new AppError("stock.old_part_not_found");
    if (r.status !== "owed") throw new AppError("stock.old_part_not_owed");
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
        action: "stock.old_part_scrapped",
        entityType: "old_part_return",
        entityId: r.id,
        data: { partNo: part.partNo, site: site.code, qty: r.qty, ticketId: r.ticketId },
        at: now,
      });
    const row = await setOldPartReturnStatus(
      tx,
      actor.tenantId,
      r.id,
      how === "receive" ? "received" : "scrapped",
      now,
    );
    return toDto(row, part, site);
  });
}

export async function readOldPartReturns(
  s: Services,
  actor: Actor,
  q: { status?: (typeof OLD_PART_STATUSES)[number]; ticketRef?: string },
) {
  let ticketId: string | undefined;
  if (q.ticketRef) {
    const ticket = await findTicket(s.db, actor.tenantId, q.ticketRef, ticketVisibility(actor));
    if (!ticket) throw new AppError("ticket.not_found");
    ticketId = ticket.id;
  }
  const rows = await listOldPartReturns(s.db, actor.tenantId, { status: q.status, ticketId });
  return { items: rows.map((r) => toDto(r.ret, r.part, r.site)), nextCursor: null };
}
