// Free booking windows: what the system can really honour, from the technicians' working days and
// shifts and the visits they already hold. Pure (no database), so it is tested on its own.

export type Shift = { userId: string; workDays: number[]; shiftStart: number; shiftEnd: number };
export type Busy = { technicianId: string; start: Date; end: Date };
export type Slot = { start: Date; end: Date; technicianIds: string[] };

const MINUTE = 60_000;

// Wall-clock parts of an instant in a time zone.
function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: n("year"), m: n("month"), d: n("day"), h: n("hour"), min: n("minute"), s: n("second") };
}

// The instant of local midnight of a calendar day in a time zone (DST-safe: corrected twice).
export function localMidnight(y: number, m: number, d: number, timeZone: string): Date {
  let t = Date.UTC(y, m - 1, d);
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(t), timeZone);
    const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
    t += Date.UTC(y, m - 1, d) - asUtc;
  }
  return new Date(t);
}

// The local calendar day holding `at` in a time zone, as [start, end) instants.
export function localDayBounds(at: Date, timeZone: string): { start: Date; end: Date } {
  const p = localParts(at, timeZone);
  const next = new Date(Date.UTC(p.y, p.m - 1, p.d + 1));
  return {
    start: localMidnight(p.y, p.m, p.d, timeZone),
    end: localMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}

// ISO weekday (1 = Monday … 7 = Sunday) of a calendar day.
const isoWeekday = (y: number, m: number, d: number) =>
  ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) =>
  a.start < b.end && b.start < a.end;

// Windows of `slotMinutes` inside each technician's shift over `days` local days starting with
// the day of `from`; a window is offered when it starts after `from`, fits the visit's duration and
// at least one technician has nothing else in it. The free technicians come in the given order.
export function freeSlots(input: {
  technicians: Shift[];
  busy: Busy[];
  from: Date;
  days: number;
  timeZone: string;
  durationMinutes: number;
  slotMinutes?: number;
}): Slot[] {
  const slotMinutes = Math.max(input.slotMinutes ?? 120, input.durationMinutes);
  const today = localParts(input.from, input.timeZone);
  const slots = new Map<number, Slot>();
  for (let i = 0; i < input.days; i++) {
    const day = new Date(Date.UTC(today.y, today.m - 1, today.d + i));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const midnight = localMidnight(y, m, d, input.timeZone).getTime();
    const weekday = isoWeekday(y, m, d);
    for (const tech of input.technicians) {
      if (!tech.workDays.includes(weekday)) continue;
      for (let at = tech.shiftStart; at + slotMinutes <= tech.shiftEnd; at += slotMinutes) {
        const window = {
          start: new Date(midnight + at * MINUTE),
          end: new Date(midnight + (at + slotMinutes) * MINUTE),
        };
        if (window.start <= input.from) continue;
        const taken = input.busy.some((b) => b.technicianId === tech.userId && overlaps(b, window));
        if (taken) continue;
        const slot = slots.get(window.start.getTime()) ?? { ...window, technicianIds: [] };
        if (slot.end.getTime() === window.end.getTime()) slot.technicianIds.push(tech.userId);
        slots.set(window.start.getTime(), slot);
      }
    }
  }
  return [...slots.values()]
    .filter((s) => s.technicianIds.length > 0)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
