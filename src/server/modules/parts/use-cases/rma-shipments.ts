import type { RMA_SHIPMENT_PURPOSES, RmaShipment } from "../../../../shared/api/parts.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { carrierOf, type ShipmentStatus, trackerOf } from "../carriers.js";
import { deliverRmaShipments, insertShipment, listRmaShipments } from "../parts.repository.js";

type Purpose = (typeof RMA_SHIPMENT_PURPOSES)[number];

// Where each leg of an RMA's trip starts and ends (the tracking events' places).
const ENDS: Record<Purpose, { from: string; to: string }> = {
  rma_return: { from: "customer", to: "service" },
  rma_outbound: { from: "service", to: "customer" },
};

// Records an RMA's unit travelling on the same shipment model as stock transfers. The customer's
// return has already arrived when the desk receives it (delivered); the outbound leg is in transit
// until the RMA is closed. With no tracking number given (a drop-off or our own collection), the
// local carrier books one so every leg can be looked up by number.
export async function recordRmaShipment(
  tx: Db,
  input: {
    tenantId: string;
    rmaId: string;
    purpose: Purpose;
    carrier?: string | null;
    trackingNo?: string | null;
    at: Date;
  },
) {
  const id = newId("shp");
  const given = input.trackingNo?.trim();
  const carrier = input.carrier?.trim() || "local";
  const trackingNo = given || carrierOf("local").book({ id, purpose: input.purpose }).trackingNo;
  await insertShipment(tx, {
    id,
    tenantId: input.tenantId,
    purpose: input.purpose,
    carrier: given ? carrier : "local",
    trackingNo,
    status: input.purpose === "rma_return" ? "delivered" : "in_transit",
    rmaId: input.rmaId,
    createdAt: input.at,
    updatedAt: input.at,
  });
}

// The customer has the unit: its outbound leg is delivered.
export async function deliverRmaOutbound(tx: Db, tenantId: string, rmaId: string, at: Date) {
  await deliverRmaShipments(tx, tenantId, rmaId, "rma_outbound", at);
}

export async function rmaShipments(db: Db, tenantId: string, rmaId: string): Promise<RmaShipment[]> {
  const rows = await listRmaShipments(db, tenantId, rmaId);
  return rows.map((r) => {
    const purpose = r.purpose as Purpose;
    return {
      id: r.id,
      purpose,
      carrier: r.carrier,
      trackingNo: r.trackingNo,
      status: r.status as ShipmentStatus,
      events: trackerOf(r.carrier)({ ...r, ...ENDS[purpose] }),
      createdAt: r.createdAt.toISOString(),
    };
  });
}
