import type { Db } from "../../platform/db/client.js";
import { tenantSettings } from "../tenancy/index.js";

// The calendar date (YYYY-MM-DD) of an instant in a time zone: analytics counts days, and a month
// ends, at the tenant's midnight.
export const dayIn = (timeZone: string, at: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);

export const tenantTimeZone = async (db: Db, tenantId: string): Promise<string> =>
  (await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai";

export async function tenantDay(db: Db, tenantId: string, at: Date): Promise<string> {
  return dayIn(await tenantTimeZone(db, tenantId), at);
}
