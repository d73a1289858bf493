// The notice rule for customers moving or cancelling a booked visit: up to `hours` before the
// window starts. Pure, so the boundary is unit-tested; the use cases decide who it applies to.
export function noticeDeadline(windowStart: Date, hours: number): Date {
  return new Date(windowStart.getTime() - hours * 3_600_000);
}

// Whether a change at `now` comes too late: a visit without a window yet is always free to move.
export function tooLateToChange(now: Date, windowStart: Date | null, hours: number): boolean {
  return windowStart !== null && now.getTime() > noticeDeadline(windowStart, hours).getTime();
}

// The deadline as the customer reads it, in the tenant's time zone: "2026-12-06 09:00".
export function deadlineText(deadline: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(deadline);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`;
}
