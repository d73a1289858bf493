// A PDCA cycle's phases and the moves between them, as data. Entering "check" computes the KPI
// before and after; "act" is left by a decision (standardise or iterate), which closes the cycle.

const PDCA_PHASES = ["plan", "do", "check", "act", "closed"] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

const PDCA_MOVES: Record<PdcaPhase, readonly PdcaPhase[]> = {
  plan: ["do"],
  do: ["check"],
  // The numbers may send the team back to work before deciding.
  check: ["do", "act"],
  act: [],
  closed: [],
};

export const canMove = (from: PdcaPhase, to: PdcaPhase): boolean => PDCA_MOVES[from].includes(to);

/** The quarter a date (YYYY-MM-DD) falls in, e.g. "2026-Q3". */
export const quarterOf = (day: string): string =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

const DAY = 86_400_000;
const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/**
 * Equal windows for the check: "after" runs from the day the do phase ended to `today`, at most
 * `maxDays` long; "before" is as many days ending the day before the plan started. Days are the
 * tenant's calendar days (YYYY-MM-DD).
 */
export function checkWindows(
  planStart: string,
  doEnd: string,
  today: string,
  maxDays: number,
): { before: { from: string; to: string }; after: { from: string; to: string }; days: number } {
  const elapsed = Math.round((Date.parse(today) - Date.parse(doEnd)) / DAY) + 1;
  const days = Math.max(1, Math.min(maxDays, elapsed));
  return {
    before: { from: addDays(planStart, -days), to: addDays(planStart, -1) },
    after: { from: doEnd, to: addDays(doEnd, days - 1) },
    days,
  };
}
