import { available, type MovementKind } from "./ledger.js";
import type { BalanceRow, MovementRow, PartRow, ReservationRow, SiteRow } from "./parts.repository.js";
import type { RESERVATION_STATUSES, SITE_KINDS } from "./parts.schemas.js";

export const toPartDto = (p: PartRow) => ({
  id: p.id,
  partNo: p.partNo,
  name: p.name,
  nameEn: p.nameEn,
  price: p.priceCents === null ? null : p.priceCents / 100,
  unit: p.unit,
  compatibleSkus: p.compatibleSkus,
  substitutes: p.substitutes,
  createdAt: p.createdAt.toISOString(),
});

export const toSiteDto = (s: SiteRow) => ({
  id: s.id,
  code: s.code,
  name: s.name,
  kind: s.kind as (typeof SITE_KINDS)[number],
  ownerId: s.ownerId,
  responsibleId: s.responsibleId,
  createdAt: s.createdAt.toISOString(),
});

export const toStockLine = (b: BalanceRow, part: PartRow, site: SiteRow) => ({
  partNo: part.partNo,
  partName: part.name,
  partNameEn: part.nameEn,
  site: site.code,
  siteName: site.name,
  siteKind: site.kind as (typeof SITE_KINDS)[number],
  onHand: b.onHand,
  reserved: b.reserved,
  available: available(b),
  defective: b.defective,
  reorderPoint: b.reorderPoint,
  low: b.reorderPoint !== null && available(b) <= b.reorderPoint,
});

export const toReservationDto = (r: ReservationRow, part: PartRow, site: SiteRow) => ({
  id: r.id,
  partNo: part.partNo,
  partName: part.name,
  partNameEn: part.nameEn,
  site: site.code,
  qty: r.qty,
  status: r.status as (typeof RESERVATION_STATUSES)[number],
  ticketId: r.ticketId,
  rmaId: r.rmaId,
  visitId: r.visitId,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const toMovementDto = (m: MovementRow, partNo: string, site: string) => ({
  id: m.id,
  kind: m.kind as MovementKind,
  partNo,
  site,
  qty: m.qty,
  onHandDelta: m.onHandDelta,
  reservedDelta: m.reservedDelta,
  defectiveDelta: m.defectiveDelta,
  reservationId: m.reservationId,
  ticketId: m.ticketId,
  actorId: m.actorId,
  note: m.note,
  createdAt: m.createdAt.toISOString(),
});
