import type { TicketFact } from "./measures.js";

// The dimensions a rollup is kept by ("all" is the tenant total per day). Week and month are sums
// of days, so they need no rollup of their own.
export const ROLLUP_DIMENSIONS = [
  "all",
  "priority",
  "type",
  "channel",
  "agent",
  "team",
  "product",
  "tier",
  // Appended (issue 19): a fact's `keys` array is in this order, so new dimensions go last.
  "model",
  "line",
  "region",
] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

export const TIME_GROUPS = ["day", "week", "month"] as const;
export const GROUP_BYS = [
  ...TIME_GROUPS,
  "priority",
  "type",
  "channel",
  "agent",
  "team",
  "product",
  "tier",
  "model",
  "line",
  "region",
] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export function dimensionKey(f: TicketFact, d: RollupDimension): string {
  return d === "all" ? "" : f[d];
}
