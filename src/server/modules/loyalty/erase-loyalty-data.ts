import type { Db } from "../../platform/db/client.js";
import { updateMember } from "./loyalty.repository.js";

// A customer's personal-data erasure (modules/privacy): the birthday goes and no care message is
// sent again. The points ledger stays (numbers and reasons, for the statistics).
export async function eraseLoyaltyData(tx: Db, tenantId: string, customerId: string): Promise<void> {
  await updateMember(tx, tenantId, customerId, { birthday: null, careOptOut: true });
}
