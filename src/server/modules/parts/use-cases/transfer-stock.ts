import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { carrierOf, type ShipmentStatus } from "../carriers.js";
import {
  findPart,
  findSite,
  findTransfer,
  insertShipment,
  insertTransfer,
  markTransferReceived,
  type PartRow,
  type SiteRow,
} from "../parts.repository.js";
import type { TCreateTransfer } from "../parts.schemas.js";
import { fillWaiting } from "./receive-stock.js";
import { partAndSite, recordMovement } from "./record-movement.js";

type TransferRow = NonNullable<Awaited<ReturnType<typeof findTransfer>>>;

const toTransferDto = (r: TransferRow, part: PartRow, from: SiteRow, to: SiteRow, filled?: string[]) => ({
  id: r.transfer.id,
  partNo: part.partNo,
  from: from.code,
  to: to.code,
  qty: r.transfer.qty,
  status: r.transfer.status as "in_transit" | "received",
  shipment: {
    id: r.shipment.id,
    carrier: r.shipment.carrier,
    trackingNo: r.shipment.trackingNo,
    status: r.shipment.status as ShipmentStatus,
  },
  ...(filled ? { filled } : {}),
  createdAt: r.transfer.createdAt.toISOString(),
  updatedAt: r.transfer.updatedAt.toISOString(),
});

// Sends stock from one site to another: it leaves the source at once (only free units: a
// transfer never takes what is reserved there) and travels with a carrier until received.
export async function sendTransfer(s: Services, actor: Actor, input: TCreateTransfer) {
  return s.db.transaction(async (tx) => {
    const { part, site: from } = await partAndSite(tx, actor.tenantId, input.partNo, input.from);
    const to = await findSite(tx, actor.tenantId, input.to);
    if (!to) throw new AppError("parts.site_not_found", { site: input.to });
    if (to.id === from.id) throw new AppError("stock.same_site");
    const now = s.clock.now();
    const id = newId("trf");
    await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site: from,
      kind: "transfer_out",
      qty: input.qty,
      note: `→ ${to.code} (${id})`,
      at: now,
    });
    const carrier = carrierOf(input.carrier ?? "local");
    const shipmentId = newId("shp");
    const shipment = await insertShipment(tx, {
      id: shipmentId,
      tenantId: actor.tenantId,
      purpose: "stock_transfer",
      carrier: carrier.code,
      trackingNo: carrier.book({ id: shipmentId, purpose: "stock_transfer" }).trackingNo,
      status: "in_transit",
      createdAt: now,
      updatedAt: now,
    });
    const transfer = await insertTransfer(tx, {
      id,
      tenantId: actor.tenantId,
      partId: part.id,
      fromSiteId: from.id,
      toSiteId: to.id,
      qty: input.qty,
      status: "in_transit",
      shipmentId: shipment.id,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    return toTransferDto({ transfer, shipment }, part, from, to);
  });
}

// The destination takes the goods in; back-orders waiting there are filled as by a receipt.
export async function receiveTransfer(s: Services, actor: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const row = await findTransfer(tx, actor.tenantId, id, true);
    if (!row) throw new AppError("stock.transfer_not_found");
    if (row.transfer.status !== "in_transit") throw new AppError("stock.transfer_already_received");
    const { part, from, to } = await sides(tx, actor.tenantId, row);
    const now = s.clock.now();
    const moved = await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site: to,
      kind: "transfer_in",
      qty: row.transfer.qty,
      note: `← ${from.code} (${id})`,
      at: now,
    });
    const { filled } = await fillWaiting(tx, actor, part, to, moved.balance, now);
    const done = await markTransferReceived(tx, actor.tenantId, row.transfer, now);
    return toTransferDto(done, part, from, to, filled);
  });
}

async function sides(tx: Db, tenantId: string, row: TransferRow) {
  const part = await findPart(tx, tenantId, row.transfer.partId);
  const from = await findSite(tx, tenantId, row.transfer.fromSiteId);
  const to = await findSite(tx, tenantId, row.transfer.toSiteId);
  if (!part || !from || !to) throw new AppError("stock.transfer_not_found");
  return { part, from, to };
}
