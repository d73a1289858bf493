import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { mentions, type PersonalPatterns, scrubbedJson } from "../../platform/privacy/personal-patterns.js";
import { webhookDeliveries } from "./webhooks.tables.js";

// The delivery log keeps each payload (for replay): an erased customer's identifiers go from it.
// A replay then sends the pseudonym; what receivers already hold is theirs to erase.
export async function scrubDeliveries(tx: Db, tenantId: string, who: PersonalPatterns): Promise<void> {
  await tx
    .update(webhookDeliveries)
    .set({ payload: scrubbedJson(webhookDeliveries.payload, who) })
    .where(and(eq(webhookDeliveries.tenantId, tenantId), mentions(webhookDeliveries.payload, who)));
}
