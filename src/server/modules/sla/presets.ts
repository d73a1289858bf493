import type { Hours } from "../../../shared/business-hours.js";
import type { CalendarSpec } from "./calendar.js";
import { CN_HOLIDAYS } from "./cn-holidays.js";

const OFFICE: Hours = [
  ["09:00", "12:00"],
  ["13:00", "18:00"],
];
const ALL_DAY: Hours = [["00:00", "24:00"]];

// Mainland China office hours with the State Council's holidays and 调休 working days as overrides.
export function chinaBusinessCalendar(): { name: string } & CalendarSpec {
  const overrides = Object.values(CN_HOLIDAYS).flatMap((y) => [
    ...y.holidays.map((date) => ({ date, hours: [] as Hours })),
    ...y.workdays.map((date) => ({ date, hours: OFFICE })),
  ]);
  overrides.sort((a, b) => a.date.localeCompare(b.date));
  return {
    name: "中国大陆工作日 China business days",
    timezone: "Asia/Shanghai",
    weekly: { mon: OFFICE, tue: OFFICE, wed: OFFICE, thu: OFFICE, fri: OFFICE, sat: [], sun: [] },
    overrides,
  };
}

export function allDayCalendar(timezone = "Asia/Shanghai"): { name: string } & CalendarSpec {
  return {
    name: "24×7",
    timezone,
    weekly: {
      mon: ALL_DAY,
      tue: ALL_DAY,
      wed: ALL_DAY,
      thu: ALL_DAY,
      fri: ALL_DAY,
      sat: ALL_DAY,
      sun: ALL_DAY,
    },
    overrides: [],
  };
}
