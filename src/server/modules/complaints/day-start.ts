// The instant a calendar day (YYYY-MM-DD) starts in a time zone, for the register's period filter
// (DST-safe: the offset is corrected twice).
export function dayStartIn(day: string, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split("-").map(Number);
  const wanted = Date.UTC(y, m - 1, d);
  let t = wanted;
  for (let i = 0; i < 2; i++) {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(new Date(t));
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    t += wanted - Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  }
  return new Date(t);
}
