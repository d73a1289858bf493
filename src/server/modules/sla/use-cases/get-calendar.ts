import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toCalendarDto } from "../calendar-dto.js";
import { findCalendar } from "../sla.repository.js";

export async function getCalendar(s: Services, actor: Actor, id: string) {
  const row = await findCalendar(s.db, actor.tenantId, id);
  if (!row) throw new AppError("sla.calendar_not_found");
  return toCalendarDto(row);
}
