// Business-calendar arithmetic: pure, exact to the millisecond, daylight-saving aware.
// Days are civil dates in the calendar's zone, numbered from 1970-01-01; every interval is turned
// into real UTC instants, so a 23- or 25-hour day counts what really elapses.

import { type Hours, parseTime, WEEKDAYS, type Weekday } from "../../../shared/business-hours.js";

export type CalendarSpec = {
  timezone: string;
  weekly: Record<Weekday, Hours>;
  overrides: { date: string; hours: Hours }[];
};

type Span = [number, number]; // minutes of the local day, end ≤ 1440
export type Calendar = {
  timezone: string;
  weekly: Span[][]; // index 0 = Sunday
  overrides: Map<number, Span[]>;
  overrideDays: number[]; // sorted
  weekMs: number; // business time of a normal week without DST change
  offsetCache: Map<number, number>;
  // Business time of whole local days (null when the zone's offset changes within the day),
  // so long spans step over a day with one lookup.
  dayCache: Map<number, number | null>;
  weekCache: Map<number, boolean>; // plainWeek by first day
};

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;
const BUCKET_MS = 900_000; // zone offsets change only on quarter-hour boundaries
const MAX_DAYS = 366 * 30;

const spans = (hours: Hours): Span[] => hours.map(([a, b]) => [parseTime(a) ?? 0, parseTime(b) ?? 0]);
const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export function compileCalendar(spec: CalendarSpec): Calendar {
  const weekly = WEEKDAYS.map((d) => spans(spec.weekly[d]));
  const overrides = new Map<number, Span[]>();
  for (const o of spec.overrides) overrides.set(dayNumber(o.date), spans(o.hours));
  const weekMs = weekly.flat().reduce((sum, [a, b]) => sum + (b - a) * MIN_MS, 0);
  return {
    timezone: spec.timezone,
    weekly,
    overrides,
    overrideDays: [...overrides.keys()].sort((a, b) => a - b),
    weekMs,
    offsetCache: new Map(),
    dayCache: new Map(),
    weekCache: new Map(),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Offset of the zone at an instant (local minus UTC, ms), via Intl; cached per quarter hour.
function zoneOffset(cal: Calendar, utcMs: number): number {
  const bucket = Math.floor(utcMs / BUCKET_MS);
  const hit = cal.offsetCache.get(bucket);
  if (hit !== undefined) return hit;
  let f = formatters.get(cal.timezone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: cal.timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(cal.timezone, f);
  }
  const at = bucket * BUCKET_MS;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(at)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const local = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  const offset = local - at;
  if (cal.offsetCache.size > 50_000) cal.offsetCache.clear();
  cal.offsetCache.set(bucket, offset);
  return offset;
}

// The instant of a local wall-clock time; a time skipped by DST maps to just after the jump.
function localToUtc(cal: Calendar, localMs: number): number {
  const guess = localMs - zoneOffset(cal, localMs);
  const utc = localMs - zoneOffset(cal, guess);
  return utc + zoneOffset(cal, utc) === localMs ? utc : localMs - zoneOffset(cal, utc);
}

const localDay = (cal: Calendar, utcMs: number) => Math.floor((utcMs + zoneOffset(cal, utcMs)) / DAY_MS);
const at = (cal: Calendar, day: number, minute: number) => localToUtc(cal, day * DAY_MS + minute * MIN_MS);
const hoursOf = (cal: Calendar, day: number): Span[] =>
  cal.overrides.get(day) ?? cal.weekly[(((day + 4) % 7) + 7) % 7] ?? [];

function overrideWithin(cal: Calendar, from: number, to: number): boolean {
  let lo = 0;
  let hi = cal.overrideDays.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cal.overrideDays[mid] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < cal.overrideDays.length && (cal.overrideDays[lo] ?? 0) < to;
}

// A whole week from the start of `day` can be skipped when nothing irregular happens in it.
function plainWeek(cal: Calendar, day: number): boolean {
  const hit = cal.weekCache.get(day);
  if (hit !== undefined) return hit;
  const plain =
    !overrideWithin(cal, day, day + 7) &&
    zoneOffset(cal, at(cal, day, 0)) === zoneOffset(cal, at(cal, day + 7, 0));
  if (cal.weekCache.size > 50_000) cal.weekCache.clear();
  cal.weekCache.set(day, plain);
  return plain;
}

// The business time of a whole local day, when the zone keeps one offset through it.
function wholeDayMs(cal: Calendar, day: number): number | null {
  const hit = cal.dayCache.get(day);
  if (hit !== undefined) return hit;
  const steady = zoneOffset(cal, at(cal, day, 0)) === zoneOffset(cal, at(cal, day + 1, 0));
  const ms = steady ? hoursOf(cal, day).reduce((sum, [a, b]) => sum + (b - a) * MIN_MS, 0) : null;
  if (cal.dayCache.size > 50_000) cal.dayCache.clear();
  cal.dayCache.set(day, ms);
  return ms;
}

const lastOverride = (cal: Calendar) => cal.overrideDays.at(-1) ?? Number.NEGATIVE_INFINITY;

// The instant at which `ms` business time has passed since `start`. Outside hours the clock starts
// at the next opening; a budget that runs out exactly at an interval's end gives that end.
export function addBusinessMs(cal: Calendar, start: Date, ms: number): Date {
  let remaining = Math.max(0, ms);
  const from = start.getTime();
  let day = localDay(cal, from);
  for (let n = 0; n < MAX_DAYS; n++) {
    if (n > 0 && cal.weekMs > 0 && remaining > cal.weekMs && plainWeek(cal, day)) {
      remaining -= cal.weekMs;
      day += 7;
      continue;
    }
    if (cal.weekMs === 0 && day > lastOverride(cal)) break;
    // A later day the budget outlasts (holiday, 调休 day, short week) is stepped over whole.
    const whole = n > 0 ? wholeDayMs(cal, day) : null;
    if (whole !== null && remaining > whole) {
      remaining -= whole;
      day += 1;
      continue;
    }
    for (const [a, b] of hoursOf(cal, day)) {
      const s = Math.max(from, at(cal, day, a));
      const e = at(cal, day, b);
      if (e <= s) continue;
      if (remaining <= e - s) return new Date(s + remaining);
      remaining -= e - s;
    }
    day += 1;
  }
  throw new Error("calendar has no business hours ahead");
}

export const addBusinessMinutes = (cal: Calendar, start: Date, minutes: number) =>
  addBusinessMs(cal, start, minutes * MIN_MS);

// Business time (ms) in [a, b); 0 when b ≤ a.
export function elapsedBusinessMs(cal: Calendar, a: Date, b: Date): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  let total = 0;
  const lastDay = localDay(cal, to);
  let day = localDay(cal, from);
  for (let n = 0; day <= lastDay && n < MAX_DAYS * 10; n++) {
    if (n > 0 && day + 7 <= lastDay && cal.weekMs > 0 && plainWeek(cal, day)) {
      total += cal.weekMs;
      day += 7;
      continue;
    }
    for (const [x, y] of hoursOf(cal, day)) {
      const s = Math.max(from, at(cal, day, x));
      const e = Math.min(to, at(cal, day, y));
      if (e > s) total += e - s;
    }
    day += 1;
  }
  return total;
}

export const elapsedBusinessMinutes = (cal: Calendar, a: Date, b: Date) =>
  elapsedBusinessMs(cal, a, b) / MIN_MS;

// Is the instant inside an open interval (start inclusive, end exclusive)?
export function isOpenAt(cal: Calendar, t: Date): boolean {
  const ms = t.getTime();
  const day = localDay(cal, ms);
  return hoursOf(cal, day).some(([a, b]) => at(cal, day, a) <= ms && ms < at(cal, day, b));
}

// Interval ends of the instant's local day and the day before (for "due is an end" checks).
export function isIntervalEnd(cal: Calendar, t: Date): boolean {
  const ms = t.getTime();
  const day = localDay(cal, ms);
  return [day - 1, day].some((d) => hoursOf(cal, d).some(([, b]) => at(cal, d, b) === ms));
}
