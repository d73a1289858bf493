import type { CareRule } from "../../../shared/api/loyalty.js";

// Which care actions are due today: pure, from the rules, the calendar's holidays and 调休 days,
// and each customer's segment. The schedule records each (customer, action, year) once.

const HOLIDAYS = [
  "new_year",
  "spring_festival",
  "qingming",
  "labour_day",
  "dragon_boat",
  "mid_autumn",
  "national_day",
] as const;
export type HolidayName = (typeof HOLIDAYS)[number];

// A calendar's exceptions as the SLA calendars keep them: a date with no hours is a public
// holiday, a date with hours is a working day (on a weekend: a 调休 make-up day).
export type CalendarOverrides = readonly { date: string; hours: readonly unknown[] }[];

const DAY = 86_400_000;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const weekend = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

// The festival a holiday belongs to, from its first official day off.
function festivalOf(firstHoliday: string): HolidayName {
  const md = firstHoliday.slice(5);
  const month = Number(firstHoliday.slice(5, 7));
  if (md === "01-01") return "new_year";
  if (month <= 2) return "spring_festival";
  if (month <= 4) return "qingming";
  if (md >= "05-01" && md <= "05-05") return "labour_day";
  if (month <= 7) return "dragon_boat";
  if (md >= "10-01" && md <= "10-03") return "national_day";
  return "mid_autumn";
}

// The festival whose break starts on `date`, if any. A break is a run of days off — public
// holidays and ordinary weekends, never a 调休 working day — holding at least one public holiday;
// its greeting goes out on its first day off (a 调休 Saturday before Spring Festival is a working
// day, so the greeting waits for the first real day off).
export function holidayStartingOn(date: string, overrides: CalendarOverrides): HolidayName | null {
  const holidays = new Set(overrides.filter((o) => o.hours.length === 0).map((o) => o.date));
  const workdays = new Set(overrides.filter((o) => o.hours.length > 0).map((o) => o.date));
  const off = (d: string) => holidays.has(d) || (weekend(d) && !workdays.has(d));
  if (!off(date) || off(addDays(date, -1))) return null;
  for (let d = date; off(d); d = addDays(d, 1)) if (holidays.has(d)) return festivalOf(d);
  return null;
}

export type CareCustomer = {
  customerId: string;
  tier: string;
  divisionCode: string | null;
  // Product SKUs and 三包 categories of the units they own.
  products: readonly string[];
  birthday: string | null; // MM-DD
  optOut: boolean;
};

export type DueCare = { customerId: string; ruleId: string; action: string; kind: CareRule["kind"] };

const inSegment = (rule: CareRule, c: CareCustomer) =>
  (rule.tiers.length === 0 || rule.tiers.includes(c.tier as never)) &&
  (rule.regions.length === 0 || rule.regions.some((r) => c.divisionCode?.startsWith(r))) &&
  (rule.productLines.length === 0 ||
    rule.productLines.some((line) => c.products.some((p) => p.startsWith(line))));

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

// A 29 February birthday is greeted on 28 February in other years.
const birthdayToday = (birthday: string, today: string) =>
  birthday === today.slice(5) ||
  (birthday === "02-29" && today.slice(5) === "02-28" && !isLeap(Number(today.slice(0, 4))));

export function dueCareActions(
  today: string,
  rules: readonly CareRule[],
  overrides: CalendarOverrides,
  customers: readonly CareCustomer[],
): DueCare[] {
  const month = Number(today.slice(5, 7));
  const holiday = holidayStartingOn(today, overrides);
  const due: DueCare[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    if (rule.kind === "holiday" && !holiday) continue;
    if (rule.kind === "maintenance" && !rule.months.includes(month)) continue;
    const action = rule.kind === "holiday" ? `${rule.id}:${holiday}` : rule.id;
    for (const c of customers) {
      if (c.optOut || !inSegment(rule, c)) continue;
      if (rule.kind === "birthday" && !(c.birthday && birthdayToday(c.birthday, today))) continue;
      if (rule.kind === "maintenance" && c.products.length === 0) continue;
      due.push({ customerId: c.customerId, ruleId: rule.id, action, kind: rule.kind });
    }
  }
  return due;
}
