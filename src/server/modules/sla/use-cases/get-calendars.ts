import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toCalendarDto } from "../calendar-dto.js";
import { listCalendars } from "../sla.repository.js";
import { seedCalendars } from "./seed-calendars.js";

// A tenant without calendars gets the ready-made ones the first time it looks.
export async function getCalendars(s: Services, actor: Actor) {
  let rows = await listCalendars(s.db, actor.tenantId);
  if (rows.length === 0) {
    await s.db.transaction(async (tx) => {
      if ((await listCalendars(tx, actor.tenantId)).length === 0)
        await seedCalendars(tx, actor.tenantId, s.clock.now());
    });
    rows = await listCalendars(s.db, actor.tenantId);
  }
  return { items: rows.map(toCalendarDto), nextCursor: null };
}
