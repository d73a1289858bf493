import { OLD_PART_DUE_DAYS } from "../../../../shared/api/parts.js";
import type { Db } from "../../../platform/db/client.js";
import { listOldPartReturns } from "../parts.repository.js";
import type { OLD_PART_STATUSES } from "../parts.schemas.js";

type Row = Awaited<ReturnType<typeof listOldPartReturns>>[number];

const DAY_MS = 86_400_000;

export const toDto = (r: Row, now: Date) => {
  const dueAt = new Date(r.ret.createdAt.getTime() + OLD_PART_DUE_DAYS * DAY_MS);
  return {
    id: r.ret.id,
    partNo: r.part.partNo,
    partName: r.part.name,
    partNameEn: r.part.nameEn,
    site: r.site.code,
    qty: r.ret.qty,
    status: r.ret.status as (typeof OLD_PART_STATUSES)[number],
    ticketId: r.ret.ticketId,
    ticketNumber: r.ticketNumber,
    reservationId: r.ret.reservationId,
    technicianId: r.technicianId,
    technicianName: r.technicianName,
    dueAt: dueAt.toISOString(),
    // Shipped parts are on their way: only one nobody has sent back is overdue.
    overdue: r.ret.status === "owed" && dueAt <= now,
    createdAt: r.ret.createdAt.toISOString(),
    updatedAt: r.ret.updatedAt.toISOString(),
  };
};

export async function readOldPartReturn(db: Db, tenantId: string, id: string, now: Date) {
  const [row] = await listOldPartReturns(db, tenantId, { id });
  if (!row) throw new Error("old part return vanished");
  return toDto(row, now);
}
