import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findTicket } from "../../tickets/index.js";
import { insertOldPartReturn, type ReservationRow } from "../parts.repository.js";

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
