import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toReservationDto, toSiteDto, toStockLine } from "../parts.dto.js";
import {
  findSite,
  listOldPartReturns,
  listStock,
  openReservationsAt,
  ticketNumbers,
  vanSitesOf,
} from "../parts.repository.js";
import { toDto } from "./old-part-return-dto.js";

// A van's stock for the technician's phone: the lines in it, what is held there for which job, and
// the old parts its technician still owes. A technician sees only their own van; others name one.
export async function readVanStock(s: Services, actor: Actor, q: { site?: string }) {
  const site = q.site
    ? await findSite(s.db, actor.tenantId, q.site)
    : (await vanSitesOf(s.db, actor.tenantId, actor.userId))[0];
  if (q.site && site?.kind !== "van") throw new AppError("parts.site_not_found", { site: q.site });
  if (site && actor.role === "technician" && site.ownerId !== actor.userId)
    throw new AppError("parts.site_not_found", { site: site.code });
  if (!site) return { site: null, lines: [], reservations: [], oldParts: [] };
  const [stock, held, owed] = await Promise.all([
    listStock(s.db, actor.tenantId, { siteId: site.id }, 200),
    openReservationsAt(s.db, actor.tenantId, site.id),
    site.ownerId
      ? listOldPartReturns(s.db, actor.tenantId, { technicianId: site.ownerId, open: true })
      : Promise.resolve([]),
  ]);
  const numbers = await ticketNumbers(
    s.db,
    actor.tenantId,
    held.flatMap((r) => (r.reservation.ticketId ? [r.reservation.ticketId] : [])),
  );
  const now = s.clock.now();
  return {
    site: toSiteDto(site),
    lines: stock.map((r) => toStockLine(r.balance, r.part, r.site)),
    reservations: held.map((r) => ({
      ...toReservationDto(r.reservation, r.part, site),
      ticketNumber: r.reservation.ticketId ? (numbers.get(r.reservation.ticketId) ?? null) : null,
    })),
    oldParts: owed.map((r) => toDto(r, now)),
  };
}
