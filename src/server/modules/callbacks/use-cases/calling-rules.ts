import type { CallbackSettings } from "../../../../shared/api/callbacks.js";
import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import type { CallingRules } from "../retry-schedule.js";

// The tenant's calling hours in its own time zone (working days: Monday to Friday).
export async function callingRules(
  db: Db,
  tenantId: string,
  settings: CallbackSettings,
): Promise<CallingRules> {
  const tenant = await tenantSettings(db, tenantId);
  return {
    timeZone: tenant?.timezone ?? "Asia/Shanghai",
    startHour: settings.callingHours.start,
    endHour: settings.callingHours.end,
  };
}
