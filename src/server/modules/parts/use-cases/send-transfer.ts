import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { carrierOf } from "../carriers.js";
import { findSite, insertShipment, insertTransfer } from "../parts.repository.js";
import type { TCreateTransfer } from "../parts.schemas.js";
import { partAndSite } from "./part-and-site.js";
import { recordMovement } from "./record-movement.js";
import { toTransferDto } from "./transfer-dto.js";

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
