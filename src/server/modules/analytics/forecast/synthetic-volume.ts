import { addDays, type CalendarDays, dayKind, daysBetween, isAfterLongBreak, weekday } from "./day-kinds.js";
import type { DailyPoint } from "./forecaster.js";

// A seeded daily ticket series with the shape of a real desk: a weekly rhythm, public holidays
// low, 调休 working weekends like weekdays, a catch-up day after a long break, a trend and Poisson
// noise. Used by the forecaster's tests and by the demo's clearly-marked history.

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0; // mulberry32
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function poisson(lambda: number, random: () => number): number {
  if (lambda > 30) {
    // Normal approximation for large means (Knuth's product underflows).
    const u = Math.max(random(), 1e-12);
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random();
  } while (p > limit);
  return k - 1;
}

const WEEK_SHAPE = [1.15, 1.05, 1, 1, 0.95, 0.6, 0.5]; // Monday … Sunday

export function syntheticVolume(
  from: string,
  to: string,
  cal: CalendarDays,
  opts: { level: number; yearlyGrowth?: number; seed?: number },
): DailyPoint[] {
  const random = seededRandom(opts.seed ?? 1);
  const days = daysBetween(from, to) + 1;
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const kind = dayKind(date, cal);
    let shape = WEEK_SHAPE[weekday(date)] as number;
    if (kind === "holiday") shape = 0.3;
    if (kind === "makeup") shape = 1;
    if (isAfterLongBreak(date, cal)) shape *= 1.6;
    const lambda = opts.level * shape * (1 + (opts.yearlyGrowth ?? 0) * (i / 365));
    return { date, value: poisson(lambda, random) };
  });
}
