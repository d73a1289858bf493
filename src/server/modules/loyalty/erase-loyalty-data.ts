import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { mentions, type PersonalPatterns, scrubbedText } from "../../platform/privacy/personal-patterns.js";
import { updateMember } from "./loyalty.repository.js";
import { loyaltyEntries } from "./loyalty.tables.js";

// A customer's personal-data erasure (modules/privacy): the birthday goes and no care message is
// sent again. The points ledger stays (numbers and reasons, for the statistics); its staff notes
// lose the customer's name, e-mail and phone.
export async function eraseLoyaltyData(tx: Db, tenantId: string, customerId: string, who: PersonalPatterns) {
  await updateMember(tx, tenantId, customerId, { birthday: null, careOptOut: true });
  await tx
    .update(loyaltyEntries)
    .set({ note: scrubbedText(loyaltyEntries.note, who) })
    .where(and(eq(loyaltyEntries.tenantId, tenantId), mentions(loyaltyEntries.note, who)));
}
