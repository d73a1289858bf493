import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addCalendar, toCalendarDto } from "../calendar-dto.js";
import type { TCalendarInput } from "../sla.schemas.js";

export async function createCalendar(s: Services, actor: Actor, input: TCalendarInput) {
  const row = await s.db.transaction((tx) =>
    addCalendar(tx, actor.tenantId, actor.userId, input, s.clock.now()),
  );
  return toCalendarDto(row);
}
