import type { Db } from "../../../../platform/db/client.js";
import { tenantSettings } from "../../../tenancy/index.js";

// Today's date (YYYY-MM-DD) in the tenant's time zone: a month ends at the tenant's midnight.
export async function tenantDay(db: Db, tenantId: string, now: Date): Promise<string> {
  const tz = (await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai";
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz }).format(now);
}
