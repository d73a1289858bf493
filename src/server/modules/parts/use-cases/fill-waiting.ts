import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findTicket } from "../../tickets/index.js";
import { insertNotification } from "../../workspace/index.js";
import { available } from "../ledger.js";
import {
  type BalanceRow,
  lockWaitingReservations,
  type PartRow,
  type ReservationRow,
  type SiteRow,
  setReservationStatus,
} from "../parts.repository.js";
import { recordMovement } from "./record-movement.js";

export async function fillWaiting(
  tx: Db,
  actor: Actor,
  part: PartRow,
  site: SiteRow,
  start: BalanceRow,
  at: Date,
): Promise<{ balance: BalanceRow; filled: string[] }> {
  let balance = start;
  const filled: string[] = [];
  for (const r of await lockWaitingReservations(tx, {
    tenantId: actor.tenantId,
    siteId: site.id,
    partId: part.id,
  })) {
    if (r.qty > available(balance)) break;
    const moved = await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site,
      kind: "reservation",
      qty: r.qty,
      reservationId: r.id,
      ticketId: r.ticketId,
      note: "back-order filled",
      at,
    });
    balance = moved.balance;
    await setReservationStatus(tx, actor.tenantId, r.id, "active", at);
    await notifyFilled(tx, actor, r, part, site, at);
    filled.push(r.id);
  }
  return { balance, filled };
}

async function notifyFilled(tx: Db, actor: Actor, r: ReservationRow, part: PartRow, site: SiteRow, at: Date) {
  const ticket = r.ticketId ? await findTicket(tx, actor.tenantId, r.ticketId) : undefined;
  const people = new Set(
    [r.createdBy, ticket?.assigneeId].filter((u): u is string => !!u && u !== actor.userId),
  );
  for (const userId of people)
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId: actor.tenantId,
      userId,
      kind: "part_arrived",
      ticketId: r.ticketId,
      data: {
        number: ticket?.number ?? null,
        subject: ticket?.subject ?? null,
        partNo: part.partNo,
        partName: part.name,
        partNameEn: part.nameEn,
        qty: r.qty,
        site: site.code,
        reservationId: r.id,
      },
      createdAt: at,
    });
}
