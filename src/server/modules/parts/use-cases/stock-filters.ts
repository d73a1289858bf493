import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { findPart, findSite } from "../parts.repository.js";

export type Page = { limit: number; cursor?: string };

export async function partId(s: Services, actor: Actor, partNo?: string) {
  if (!partNo) return undefined;
  const part = await findPart(s.db, actor.tenantId, partNo);
  if (!part) throw new AppError("parts.not_found", { partNo });
  return part.id;
}

export async function siteId(s: Services, actor: Actor, site?: string) {
  if (!site) return undefined;
  const row = await findSite(s.db, actor.tenantId, site);
  if (!row) throw new AppError("parts.site_not_found", { site });
  return row.id;
}

export async function ticketId(s: Services, actor: Actor, ref?: string) {
  if (!ref) return undefined;
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  return ticket.id;
}
