import type { Db } from "../../../platform/db/client.js";
import { addCalendar } from "../calendar-dto.js";
import { allDayCalendar, chinaBusinessCalendar } from "../presets.js";

// The two ready-made calendars every tenant can start from.
export async function seedCalendars(tx: Db, tenantId: string, at: Date) {
  const china = await addCalendar(tx, tenantId, null, chinaBusinessCalendar(), at);
  const allDay = await addCalendar(tx, tenantId, null, allDayCalendar(), at);
  return { china, allDay };
}
