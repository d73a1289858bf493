// A five-field cron expression (minute hour day-of-month month day-of-week, in UTC) or a plain
// interval ("every 30s", "every 5m", "every 1h"). No cron package is installed, and the runner
// needs only "next time after t": lists, ranges, steps and "*"; day-of-week 0 or 7 is Sunday.
// As in cron, when both day fields are restricted a day matching either one fires.

export type Schedule = { spec: string; next(after: Date): Date };

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  { name: "day of week", min: 0, max: 7 },
] as const;

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseSchedule(spec: string): Schedule {
  const every = /^every\s+(\d+)\s*([smhd])$/.exec(spec.trim());
  if (every) {
    const ms = Number(every[1]) * (UNITS[every[2] ?? ""] ?? 0);
    if (ms < 1_000) throw new Error(`schedule "${spec}": an interval of at least 1s`);
    return { spec, next: (after) => new Date(after.getTime() + ms) };
  }
  const parts = spec.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`schedule "${spec}": five cron fields or "every <n>s|m|h|d"`);
  const sets = parts.map((p, i) => parseField(p, FIELDS[i] as (typeof FIELDS)[number], spec));
  const [minutes, hours, days, months, weekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (weekdays.has(7)) weekdays.add(0);
  const anyDay = parts[2] === "*";
  const anyWeekday = parts[4] === "*";
  const dayMatches = (d: Date) => {
    const dom = days.has(d.getUTCDate());
    const dow = weekdays.has(d.getUTCDay());
    if (anyDay) return dow;
    if (anyWeekday) return dom;
    return dom || dow;
  };
  return {
    spec,
    next(after) {
      const t = new Date(after.getTime());
      t.setUTCSeconds(0, 0);
      t.setUTCMinutes(t.getUTCMinutes() + 1);
      // Jump a month, a day or an hour at a time where nothing can match; five years is the limit
      // (a date like 31 February never matches).
      const limit = after.getTime() + 5 * 366 * 86_400_000;
      while (t.getTime() <= limit) {
        if (!months.has(t.getUTCMonth() + 1)) {
          t.setUTCMonth(t.getUTCMonth() + 1, 1);
          t.setUTCHours(0, 0);
        } else if (!dayMatches(t)) {
          t.setUTCDate(t.getUTCDate() + 1);
          t.setUTCHours(0, 0);
        } else if (!hours.has(t.getUTCHours())) {
          t.setUTCHours(t.getUTCHours() + 1, 0);
        } else if (!minutes.has(t.getUTCMinutes())) {
          t.setUTCMinutes(t.getUTCMinutes() + 1);
        } else return t;
      }
      throw new Error(`schedule "${spec}" never fires`);
    },
  };
}

function parseField(
  field: string,
  range: { name: string; min: number; max: number },
  spec: string,
): Set<number> {
  const out = new Set<number>();
  const bad = () => new Error(`schedule "${spec}": bad ${range.name} "${field}"`);
  for (const item of field.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
    if (!m) throw bad();
    const step = m[4] === undefined ? 1 : Number(m[4]);
    let lo = range.min;
    let hi = range.max;
    if (m[1] !== "*") {
      lo = Number(m[2]);
      hi = m[3] === undefined ? (m[4] === undefined ? lo : range.max) : Number(m[3]);
    }
    if (step < 1 || lo < range.min || hi > range.max || lo > hi) throw bad();
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}
