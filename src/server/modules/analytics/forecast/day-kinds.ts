// What kind of day a date is for ticket volume: a public holiday, a 调休 make-up working day (a
// weekend day worked like a weekday), an ordinary weekday or weekend day. Dates are ISO
// `YYYY-MM-DD` strings and the arithmetic is in UTC, so no time zone can shift a day.

export type CalendarDays = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> };

export type DayKind = "holiday" | "makeup" | "weekday" | "weekend";

export const NO_CALENDAR: CalendarDays = { holidays: new Set(), workdays: new Set() };

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday */
export function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export function dayKind(date: string, cal: CalendarDays): DayKind {
  if (cal.holidays.has(date)) return "holiday";
  const weekend = weekday(date) >= 5;
  if (weekend && cal.workdays.has(date)) return "makeup";
  return weekend ? "weekend" : "weekday";
}

/**
 * The first working day after a run of three or more days off that holds a holiday (Spring
 * Festival, National Day): the queue that waited over the break arrives then.
 */
export function isAfterLongBreak(date: string, cal: CalendarDays): boolean {
  const kind = dayKind(date, cal);
  if (kind === "holiday" || kind === "weekend") return false;
  let off = 0;
  let holiday = false;
  for (let d = addDays(date, -1); ; d = addDays(d, -1)) {
    const k = dayKind(d, cal);
    if (k !== "holiday" && k !== "weekend") break;
    if (k === "holiday") holiday = true;
    off++;
    if (off > 14) break;
  }
  return holiday && off >= 3;
}
