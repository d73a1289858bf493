import type { WarrantyStatus } from "../../../shared/domain.js";
import { getOrCreate } from "../../platform/get-or-create.js";

// Dates here are calendar dates "YYYY-MM-DD", free of time zones.
function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const fmt = (d: Date) => d.toISOString().slice(0, 10);

export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fmt(target);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fmt(new Date(Date.UTC(y, m - 1, d + days)));
}

// The last day covered: bought 2025-03-15 with 12 months → covered through 2026-03-14.
export function warrantyEndsAt(purchasedAt: string, warrantyMonths: number): string {
  return addDays(addMonths(purchasedAt, warrantyMonths), -1);
}

export function warrantyStatus(endsAt: string, today: string): WarrantyStatus {
  return today <= endsAt ? "in_warranty" : "expired";
}

// Building a DateTimeFormat costs far more than using one: one per time zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

// Today's calendar date where the tenant is, not in UTC.
export function todayIn(timeZone: string, now: Date): string {
  const format = getOrCreate(
    dayFormats,
    timeZone,
    () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
  );
  return format.format(now);
}
