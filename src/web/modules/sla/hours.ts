import type { Calendar, Hours, Weekday } from "./api";
import { WEEKDAYS } from "./api";

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

// "09:00-12:00, 13:00-18:00" ⇄ [["09:00","12:00"],["13:00","18:00"]]; "" is a closed day.
export function parseHours(text: string): Hours | null {
  const parts = text
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Hours = [];
  for (const p of parts) {
    const m = /^(\d{1,2}:\d{2})\s*[-–~至]\s*(\d{1,2}:\d{2})$/.exec(p);
    if (!m?.[1] || !m[2]) return null;
    const [from, to] = [m[1].padStart(5, "0"), m[2].padStart(5, "0")];
    if (!TIME.test(from) || !TIME.test(to) || from >= to || from === "24:00") return null;
    out.push([from, to]);
  }
  return out;
}

export const formatHours = (h: Hours): string => h.map(([a, b]) => `${a}-${b}`).join(", ");

export type OverrideLine = { date: string; hours: Hours };

// One override per line: "2027-01-01 holiday" (or 休) or "2027-02-07 09:00-12:00,13:00-18:00".
// Returns the 1-based number of the first bad line instead when one does not parse.
export function parseOverrides(text: string): OverrideLine[] | { badLine: number } {
  const out: OverrideLine[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line) continue;
    const m = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
    const date = m?.[1];
    const rest = m?.[2]?.trim();
    if (!date || !rest || Number.isNaN(Date.parse(date))) return { badLine: i + 1 };
    if (/^(holiday|closed|休|假)$/i.test(rest)) {
      out.push({ date, hours: [] });
      continue;
    }
    const hours = parseHours(rest);
    if (!hours || hours.length === 0) return { badLine: i + 1 };
    out.push({ date, hours });
  }
  return out;
}

// New lines replace existing overrides of the same date; the result stays sorted by date.
export function mergeOverrides(existing: OverrideLine[], added: OverrideLine[]): OverrideLine[] {
  const byDate = new Map(existing.map((o) => [o.date, o]));
  for (const o of added) byDate.set(o.date, o);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export type DayKind = "holiday" | "workday" | "special" | "closed" | "open";

const weekdayOf = (date: string): Weekday => {
  // 2024-01-01 was a Monday; whole days between give the weekday without time-zone traps.
  const days = Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse("2024-01-01T00:00:00Z")) / 86_400_000,
  );
  return WEEKDAYS[((days % 7) + 7) % 7] ?? "mon";
};

// How a calendar treats one local date: its overrides first, then the weekly pattern.
export function dayKind(cal: Pick<Calendar, "weekly" | "overrides">, date: string): DayKind {
  const weeklyOpen = (cal.weekly[weekdayOf(date)] ?? []).length > 0;
  const o = cal.overrides.find((x) => x.date === date);
  if (o) {
    if (o.hours.length === 0) return "holiday";
    return weeklyOpen ? "special" : "workday";
  }
  return weeklyOpen ? "open" : "closed";
}
