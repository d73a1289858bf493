import type { PeriodSchedule } from "../../../shared/api/surveys.js";

// The round a quarterly survey owes on a tenant's calendar day ("2026-Q4"), or null before this
// quarter's scheduled day. Once the day is reached the round stays due for the rest of the quarter,
// so a scheduler that was down on the day catches up; the round's claim (survey_rounds) makes it
// go out once.
export function dueQuarterRound(schedule: PeriodSchedule, localDate: string): string | null {
  const [y, m] = localDate.split("-").map(Number) as [number, number];
  const quarter = Math.floor((m - 1) / 3);
  const month = quarter * 3 + schedule.monthOfQuarter;
  const due = `${y}-${String(month).padStart(2, "0")}-${String(schedule.day).padStart(2, "0")}`;
  return localDate >= due ? `${y}-Q${quarter + 1}` : null;
}

// The instant a tenant's calendar day `date` + `plusDays` begins in `timeZone` (a product update's
// round waits for it).
export function startOfZonedDay(date: string, plusDays: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d + plusDays);
  // The zone's offset at that moment: its wall clock read back as if it were UTC, minus the moment.
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(guess));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return new Date(guess - (wall - guess));
}

// A calendar day moved by whole days ("2026-12-30" + 3 = "2027-01-02").
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

// A product update's round: its key, and the first tenant day its owners are asked.
export const updateRound = (updateId: string) => `update:${updateId}`;
export const updateDueOn = (releasedOn: string, delayDays: number) => shiftDay(releasedOn, delayDays);
// After its due day a round is still owed this many days (the scheduler was down, the survey
// turned on late); older updates are not asked about.
export const UPDATE_ROUND_GRACE_DAYS = 30;
