import type { PartRow, SiteRow, setOldPartReturnStatus } from "../parts.repository.js";
import type { OLD_PART_STATUSES } from "../parts.schemas.js";

type ReturnRow = Awaited<ReturnType<typeof setOldPartReturnStatus>>;

export const toDto = (r: ReturnRow, part: PartRow, site: SiteRow) => ({
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
