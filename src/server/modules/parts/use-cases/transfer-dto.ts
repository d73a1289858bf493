import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { type ShipmentStatus, trackerOf } from "../carriers.js";
import { findPart, findSite, type findTransfer, type PartRow, type SiteRow } from "../parts.repository.js";

type TransferRow = NonNullable<Awaited<ReturnType<typeof findTransfer>>>;

export const toTransferDto = (
  r: TransferRow,
  part: PartRow,
  from: SiteRow,
  to: SiteRow,
  filled?: string[],
) => ({
  id: r.transfer.id,
  partNo: part.partNo,
  partName: part.name,
  partNameEn: part.nameEn,
  from: from.code,
  fromName: from.name,
  to: to.code,
  toName: to.name,
  qty: r.transfer.qty,
  status: r.transfer.status as "in_transit" | "received",
  shipment: {
    id: r.shipment.id,
    carrier: r.shipment.carrier,
    trackingNo: r.shipment.trackingNo,
    status: r.shipment.status as ShipmentStatus,
    events: trackerOf(r.shipment.carrier)({ ...r.shipment, from: from.code, to: to.code }),
  },
  ...(filled ? { filled } : {}),
  createdAt: r.transfer.createdAt.toISOString(),
  updatedAt: r.transfer.updatedAt.toISOString(),
});

export async function sides(tx: Db, tenantId: string, row: TransferRow) {
  const part = await findPart(tx, tenantId, row.transfer.partId);
  const from = await findSite(tx, tenantId, row.transfer.fromSiteId);
  const to = await findSite(tx, tenantId, row.transfer.toSiteId);
  if (!part || !from || !to) throw new AppError("stock.transfer_not_found");
  return { part, from, to };
}
