import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { toMovementDto, toPartDto, toReservationDto, toSiteDto, toStockLine } from "../parts.dto.js";
import {
  findPart,
  findSite,
  listMovements,
  listParts,
  listReservations,
  listSites,
  listStock,
} from "../parts.repository.js";
import type { RESERVATION_STATUSES } from "../parts.schemas.js";

type Page = { limit: number; cursor?: string };

async function partId(s: Services, actor: Actor, partNo?: string) {
  if (!partNo) return undefined;
  const part = await findPart(s.db, actor.tenantId, partNo);
  if (!part) throw new AppError("parts.not_found", { partNo });
  return part.id;
}

async function siteId(s: Services, actor: Actor, site?: string) {
  if (!site) return undefined;
  const row = await findSite(s.db, actor.tenantId, site);
  if (!row) throw new AppError("parts.site_not_found", { site });
  return row.id;
}

async function ticketId(s: Services, actor: Actor, ref?: string) {
  if (!ref) return undefined;
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  return ticket.id;
}

export async function readParts(s: Services, actor: Actor, q: { q?: string } & Page) {
  const after = decodeCursor(q.cursor);
  const rows = await listParts(s.db, actor.tenantId, q.q, q.limit + 1, after?.[0]);
  return keysetPage(rows, q.limit, (last) => [last.partNo], toPartDto);
}

export async function readPart(s: Services, actor: Actor, ref: string) {
  const part = await findPart(s.db, actor.tenantId, ref);
  if (!part) throw new AppError("parts.not_found", { partNo: ref });
  return toPartDto(part);
}

export async function readSites(s: Services, actor: Actor) {
  return { items: (await listSites(s.db, actor.tenantId)).map(toSiteDto), nextCursor: null };
}

export async function readStock(
  s: Services,
  actor: Actor,
  q: { partNo?: string; site?: string; q?: string; low?: "true" | "false" } & Page,
) {
  const after = decodeCursor(q.cursor, ["text", "text"]);
  const rows = await listStock(
    s.db,
    actor.tenantId,
    {
      partId: await partId(s, actor, q.partNo),
      siteId: await siteId(s, actor, q.site),
      q: q.q,
      lowOnly: q.low === "true",
    },
    q.limit + 1,
    after ? [after[0] ?? "", after[1] ?? ""] : undefined,
  );
  return keysetPage(
    rows,
    q.limit,
    (last) => [last.part.partNo, last.site.code],
    (r) => toStockLine(r.balance, r.part, r.site),
  );
}

export async function readMovements(
  s: Services,
  actor: Actor,
  q: { partNo?: string; site?: string; ticketRef?: string } & Page,
) {
  const after = decodeCursor(q.cursor);
  const rows = await listMovements(
    s.db,
    actor.tenantId,
    {
      partId: await partId(s, actor, q.partNo),
      siteId: await siteId(s, actor, q.site),
      ticketId: await ticketId(s, actor, q.ticketRef),
    },
    q.limit + 1,
    after?.[0],
  );
  return keysetPage(
    rows,
    q.limit,
    (last) => [last.movement.id],
    (r) => toMovementDto(r.movement, r.partNo, r.siteCode),
  );
}

export async function readReservations(
  s: Services,
  actor: Actor,
  q: { ticketRef?: string; partNo?: string; status?: (typeof RESERVATION_STATUSES)[number]; limit: number },
) {
  const rows = await listReservations(
    s.db,
    actor.tenantId,
    {
      ticketId: await ticketId(s, actor, q.ticketRef),
      partId: await partId(s, actor, q.partNo),
      status: q.status,
    },
    q.limit,
  );
  return { items: rows.map((r) => toReservationDto(r.reservation, r.part, r.site)), nextCursor: null };
}
