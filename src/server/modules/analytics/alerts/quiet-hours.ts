// Quiet hours: an alert found while the tenant's quiet hours run (in its time zone, possibly across
// midnight, 22:00–07:00) is held until they end; a critical one goes out at once. Cool-down: a rule
// does not raise the same subject again until its cool-down since the last one has passed.

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes since local midnight (with seconds as a fraction) of an instant in a time zone. */
function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return part("hour") * 60 + part("minute") + part("second") / 60 + at.getUTCMilliseconds() / 60_000;
}

export type QuietHours = { start: string; end: string } | null;

export function inQuietHours(at: Date, timeZone: string, quiet: QuietHours): boolean {
  if (!quiet) return false;
  const m = localMinutes(at, timeZone);
  const s = minutesOf(quiet.start);
  const e = minutesOf(quiet.end);
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** When an alert found at `at` may be delivered: at once, or when the quiet hours end. */
export function deliveryTime(
  at: Date,
  timeZone: string,
  quiet: QuietHours,
  severity: "warning" | "critical",
): Date {
  if (!quiet || severity === "critical" || !inQuietHours(at, timeZone, quiet)) return at;
  const wait = (minutesOf(quiet.end) - localMinutes(at, timeZone) + 1440) % 1440;
  // Whole minutes of local time (time zones in use differ from UTC by whole minutes).
  return new Date(Math.round((at.getTime() + wait * 60_000) / 60_000) * 60_000);
}

/** Whether the cool-down since the subject's last alert (if any) has passed. */
export function cooledDown(last: Date | null, at: Date, cooldownHours: number): boolean {
  return last === null || at.getTime() - last.getTime() >= cooldownHours * 3_600_000;
}
