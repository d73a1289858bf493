import { type WaitInterval, waitedDays } from "../../../../shared/parts-wait.js";
import type { Db } from "../../../platform/db/client.js";
import { backorderWaits } from "../parts.repository.js";

// The days the customer of a ticket (or RMA) waited for parts, from the back-orders held for it:
// each from the ask to the fill, or to its release if it was given up, or to `now` while it waits.
// Reservations that found stock at once waited 0 days.
export async function partsWaitDays(
  db: Db,
  tenantId: string,
  of: { ticketId?: string | null; rmaId?: string | null },
  now: Date,
): Promise<number> {
  const waits = await backorderWaits(db, tenantId, of);
  const intervals: WaitInterval[] = waits.map((w) => ({
    from: w.askedAt,
    to: w.filledAt ?? (w.status === "waiting" ? now : w.updatedAt),
  }));
  return waitedDays(intervals);
}
