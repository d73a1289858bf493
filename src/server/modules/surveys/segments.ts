// Sampling quotas per customer segment: a survey may ask a different share of each segment
// (e.g. every high-value customer, half of the new ones). Definitions, from what the customers
// and tickets modules know:
//   high_value — the customer's tier is gold or vip (whatever their history);
//   new        — otherwise, their first ticket was opened within the last 90 days;
//   long_standing — everyone else (first ticket longer ago).
export const SEGMENTS = ["new", "long_standing", "high_value"] as const;
export type Segment = (typeof SEGMENTS)[number];
export type SegmentQuotas = Partial<Record<Segment, number>>;

const NEW_WITHIN_MS = 90 * 86_400_000;

export function segmentOf(customer: { tier: string; firstTicketAt: Date | null }, now: Date): Segment {
  if (customer.tier === "gold" || customer.tier === "vip") return "high_value";
  if (customer.firstTicketAt === null) return "new";
  return now.getTime() - customer.firstTicketAt.getTime() <= NEW_WITHIN_MS ? "new" : "long_standing";
}

// The share of a segment to ask: its own quota, else the survey's overall sample.
export function quotaFor(
  quotas: SegmentQuotas | null | undefined,
  segment: Segment,
  samplePercent: number,
): number {
  return quotas?.[segment] ?? samplePercent;
}
