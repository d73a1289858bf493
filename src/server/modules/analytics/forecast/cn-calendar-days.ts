import { chinaBusinessCalendar } from "../../sla/index.js";
import type { CalendarDays } from "./day-kinds.js";

// The shipped mainland China calendar (the SLA module's preset): its days without hours are the
// State Council's public holidays, its days with hours the 调休 make-up working days.
export function cnCalendarDays(): CalendarDays {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const o of chinaBusinessCalendar().overrides) (o.hours.length === 0 ? holidays : workdays).add(o.date);
  return { holidays, workdays };
}
