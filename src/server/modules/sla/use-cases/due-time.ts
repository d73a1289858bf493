import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addBusinessMinutes } from "../calendar.js";
import { compileRow, findCalendar } from "../sla.repository.js";

export async function dueTime(
  s: Services,
  actor: Actor,
  id: string,
  input: { start: string; minutes: number },
) {
  const row = await findCalendar(s.db, actor.tenantId, id);
  if (!row) throw new AppError("sla.calendar_not_found");
  try {
    return { due: addBusinessMinutes(compileRow(row), new Date(input.start), input.minutes).toISOString() };
  } catch {
    throw new AppError("sla.no_business_hours");
  }
}
