import type { Db } from "../../../platform/db/client.js";
import { addBusinessMs, type Calendar } from "../calendar.js";
import { choosePolicy } from "../policy-match.js";
import { calendarLoader, policiesOf } from "../sla.repository.js";

const DAY_MS = 86_400_000;

export type AddWorkingDays = (from: Date, days: number) => Date;

const calendarDays: AddWorkingDays = (from, days) => new Date(from.getTime() + days * DAY_MS);

// One working day is the business time of the calendar's average open day (9 h on 09:00–18:00,
// 24 h on a 24×7 calendar), so "within 1 working day" of Friday 17:00 is Monday 17:00 and a
// holiday or 调休 day is stepped over by the same arithmetic as the tickets' own targets.
export function workingDaysOn(cal: Calendar): AddWorkingDays {
  const openDays = cal.weekly.filter((spans) => spans.some(([a, b]) => b > a)).length;
  if (openDays === 0 || cal.weekMs === 0) return calendarDays;
  const dayMs = cal.weekMs / openDays;
  return (from, days) => {
    try {
      return addBusinessMs(cal, from, days * dayMs);
    } catch {
      return calendarDays(from, days); // a calendar with no hours ahead: fall back rather than fail
    }
  };
}

// Other modules' "within N working days" targets, counted on the named calendar or else on the one
// an ordinary repair request is measured by (the policy matching priority C, standard tier).
export async function workingDaysAdder(
  db: Db,
  tenantId: string,
  calendarId?: string,
): Promise<AddWorkingDays> {
  const id =
    calendarId ??
    choosePolicy(await policiesOf(db, tenantId), { priority: "C", type: "repair", tier: "standard" })
      ?.calendarId;
  if (!id) return calendarDays;
  const cal = await (await calendarLoader(db, tenantId))(id);
  return cal ? workingDaysOn(cal) : calendarDays;
}
