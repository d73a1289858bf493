// Nothing serviced here is that old: a year like 0001 or 1900 is a typo or a probe, and would
// give a warranty end no one can reason about. A purchase tomorrow has not happened yet.
export const MAX_UNIT_AGE_YEARS = 30;

export function purchaseDateProblem(purchasedAt: string, today: string): "future" | "too_old" | null {
  if (purchasedAt > today) return "future";
  const oldest = `${String(Number(today.slice(0, 4)) - MAX_UNIT_AGE_YEARS).padStart(4, "0")}${today.slice(4)}`;
  return purchasedAt < oldest ? "too_old" : null;
}
