// The balance of a points ledger, derived from its entries only. Redemptions and expiries use
// the oldest points first, so the points that have lapsed are the earns past their day that the
// debits so far have not already used up. Pure: the totals come from one SQL aggregate.
export type LedgerTotals = {
  earned: number; // every earn
  debits: number; // every redemption and expiry, as a positive number
  lapsed: number; // earns whose day has come (expiresAt ≤ today)
  lapsingSoon: number; // earns whose day comes within the next 30 days (including lapsed)
};

export const lapsedUnrecorded = (t: LedgerTotals): number => Math.max(0, t.lapsed - t.debits);

export const availableOf = (t: LedgerTotals): number => t.earned - t.debits - lapsedUnrecorded(t);

export const expiringSoonOf = (t: LedgerTotals): number =>
  Math.max(0, t.lapsingSoon - t.debits) - lapsedUnrecorded(t);
