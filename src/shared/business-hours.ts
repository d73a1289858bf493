// The pieces of a business calendar that the API's input schemas (src/shared/api/sla.ts) validate
// and the server's calendar arithmetic computes with: weekdays, opening hours, time zones.

// Sunday first: the calendar arithmetic looks a weekday up by its number (0 = Sunday).
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Hours = [string, string][];

// Minutes of the local day for "HH:MM" ("24:00" = 1440, allowed only as an end), or null.
export function parseTime(t: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return 1440;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

// Returns a reason when hours are unusable: bad times, empty or overlapping intervals.
export function checkHours(hours: Hours): string | null {
  let last = -1;
  for (const [a, b] of hours) {
    const s = parseTime(a);
    const e = parseTime(b);
    if (s === null || e === null || s === 1440) return `bad time ${a}–${b}`;
    if (e <= s) return `interval ${a}–${b} ends before it starts (split at midnight)`;
    if (s < last) return `interval ${a}–${b} overlaps or is out of order`;
    last = e;
  }
  return null;
}

export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
