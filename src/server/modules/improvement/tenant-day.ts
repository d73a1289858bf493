import type { Db } from "../../platform/db/client.js";
import { tenantSettings } from "../tenancy/index.js";

// The tenant's calendar day (YYYY-MM-DD) of an instant: a cycle's windows are whole tenant days,
// as the KPI rollups are.
export async function tenantDay(db: Db, tenantId: string, at: Date): Promise<string> {
  const tz = (await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai";
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz }).format(at);
}
