import { momentMs } from "../../../../shared/warranty.js";
import type { RuleConfig } from "../../../../shared/warranty-settings.js";

// Calendar arithmetic on "YYYY-MM-DD" strings (and repair moments with a time), free of time zones:
// every date is read as UTC midnight, so only whole days and, for car Art. 40, whole hours matter.
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const toMs = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A repair moment: a date (midnight) or a date and time; without a zone the time is taken as written. */
const moment = (value: string) => (value.length === 10 ? toMs(value) : momentMs(value));

export const dateOf = (value: string) => value.slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Same day of the month `months` later, or the month's last day when it has no such day. */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fromMs(target.getTime());
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Day k of a period "within N days of X" (the last day it still holds, inclusive). */
export function lastDayWithin(from: string, days: number, counting: RuleConfig["dayCounting"]): string {
  return addDays(from, counting === "from_next_day" ? days : days - 1);
}

export function isWithinDays(
  from: string,
  on: string,
  days: number,
  counting: RuleConfig["dayCounting"],
): boolean {
  return on <= lastDayWithin(from, days, counting);
}

/**
 * Car Art. 40: a repair's length counted in hours, each full 24 h one day and any remainder one more.
 * With dates only the hours are unknown: a same-day repair counts one day, otherwise the days between.
 */
export function carRepairDays(start: string, end: string): number {
  if (start.length === 10 && end.length === 10) return Math.max(1, daysBetween(start, end));
  const hours = (moment(end) - moment(start)) / HOUR_MS;
  return hours <= 0 ? 0 : Math.ceil(hours / 24);
}

export type BusinessDays = { holidays: readonly string[]; workdays: readonly string[] };

/** Saturday/Sunday off unless a 调休 working day; listed statutory holidays off. */
function isWorkingDay(date: string, calendar: BusinessDays): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The n-th working day after `date` (car Art. 28's 10 and 20 working days). */
export function addWorkingDays(date: string, n: number, calendar: BusinessDays): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** 民法典 Art. 203 / 1995 Art. 8 释义: a last day that is not a working day moves to the next working day. */
export function rollToWorkingDay(date: string, calendar: BusinessDays): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}
