import type { ReviewKind } from "../../../../shared/api/review-reports.js";

export type Period = { kind: ReviewKind; period: string; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// The days a period covers, inclusive: "2026-11" → 1–30 November, "2026-H2" → July–December.
export function periodRange(kind: ReviewKind, period: string): Period {
  const year = Number(period.slice(0, 4));
  if (kind === "monthly") {
    const month = Number(period.slice(5, 7));
    return { kind, period, from: `${period}-01`, to: `${period}-${pad(lastDayOf(year, month))}` };
  }
  const first = period.endsWith("H1");
  return {
    kind,
    period,
    from: `${year}-${first ? "01" : "07"}-01`,
    to: `${year}-${first ? "06-30" : "12-31"}`,
  };
}

// The period just before (for the comparison column): October for November, H1 for H2.
export function previousPeriod(p: Period): Period {
  const year = Number(p.period.slice(0, 4));
  if (p.kind === "monthly") {
    const month = Number(p.period.slice(5, 7));
    return periodRange("monthly", month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`);
  }
  return periodRange("half_yearly", p.period.endsWith("H2") ? `${year}-H1` : `${year - 1}-H2`);
}

// The last period that has ended by `today` (a tenant-local YYYY-MM-DD): on 1 December the
// November review is due, on 1 July the first half year's.
export function lastCompletePeriod(kind: ReviewKind, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === "monthly")
    return periodRange("monthly", month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`);
  return periodRange("half_yearly", month <= 6 ? `${year - 1}-H2` : `${year}-H1`);
}
