import type { Db } from "../../platform/db/client.js";
import { addMonths, todayIn } from "../products/index.js";
import { tenantSettings } from "../tenancy/index.js";

// The tenant's civil day (its time zone), read through the given connection or transaction.
export async function tenantDay(db: Db, tenantId: string, now: Date): Promise<string> {
  const tenant = await tenantSettings(db, tenantId);
  return todayIn(tenant?.timezone ?? "UTC", now);
}

export const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The day earned points lapse: so many months after today (null when they never do).
export const expiryFrom = (today: string, months: number): string | null =>
  months > 0 ? addMonths(today, months) : null;
