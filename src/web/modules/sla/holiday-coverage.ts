// Which years a business calendar is missing holidays for, as an admin needs to hear it: the
// current year at any time, the next year from December on (China publishes its holiday and 调休
// schedule in November; a calendar without it counts public holidays as working days).
export type HolidayGap = { year: number; kind: "current" | "next" };

export function holidayGaps(overrideDates: readonly string[], today: string): HolidayGap[] {
  const years = new Set(overrideDates.map((d) => Number(d.slice(0, 4))));
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const gaps: HolidayGap[] = [];
  if (!years.has(year)) gaps.push({ year, kind: "current" });
  if (month === 12 && !years.has(year + 1)) gaps.push({ year: year + 1, kind: "next" });
  return gaps;
}
