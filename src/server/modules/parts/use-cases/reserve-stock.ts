import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findTicket, type TicketRow, ticketVisibility, transitionTicket } from "../../tickets/index.js";
import { toReservationDto } from "../parts.dto.js";
import { insertReservation, type PartRow } from "../parts.repository.js";
import type { TCreateReservation } from "../parts.schemas.js";
import { partAndSite } from "./part-and-site.js";
import { recordMovement } from "./record-movement.js";

const CAN_WAIT_FOR_PARTS = ["assigned", "in_progress", "pending_customer", "pending_third_party"];

// Holds `qty` of a part at a site for a ticket, RMA or visit. When not enough is free the answer
// is 409 stock.insufficient — unless the caller asks to back-order: then the reservation waits
// (filled first come, first served by the next receipts) and the ticket goes to pending parts,
// with the part named in the reason.
export async function reserveStock(s: Services, actor: Actor, input: TCreateReservation) {
  return s.db.transaction(async (tx) => {
    const { part, site } = await partAndSite(tx, actor.tenantId, input.partNo, input.site);
    const ticket = input.ticketRef ? await ticketOf(tx, actor, input.ticketRef) : undefined;
    const now = s.clock.now();
    const base = {
      id: newId("rsv"),
      tenantId: actor.tenantId,
      partId: part.id,
      siteId: site.id,
      qty: input.qty,
      ticketId: ticket?.id ?? null,
      rmaId: input.rmaId ?? null,
      visitId: input.visitId ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await recordMovement(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        part,
        site,
        kind: "reservation",
        qty: input.qty,
        reservationId: base.id,
        ticketId: base.ticketId,
        at: now,
      });
    } catch (err) {
      if (!(input.backorder && err instanceof AppError && err.code === "stock.insufficient")) throw err;
      const waiting = await insertReservation(tx, { ...base, status: "waiting" });
      if (ticket && CAN_WAIT_FOR_PARTS.includes(ticket.status))
        await transitionTicket({ ...s, db: tx }, actor, ticket.id, "pend_parts", waitReason(part, input.qty));
      return toReservationDto(waiting, part, site);
    }
    return toReservationDto(await insertReservation(tx, { ...base, status: "active" }), part, site);
  });
}

async function ticketOf(tx: Db, actor: Actor, ref: string): Promise<TicketRow> {
  const ticket = await findTicket(tx, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  return ticket;
}

// The ticket history shows which part it waits for, in both names when there are two.
const waitReason = (part: PartRow, qty: number) =>
  `${part.partNo} ${part.name}${part.nameEn ? ` / ${part.nameEn}` : ""} × ${qty}`;
