import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { mentions, type PersonalPatterns, scrubbedJson } from "../../platform/privacy/personal-patterns.js";
import { notifications } from "./workspace.tables.js";

// Staff notifications quote ticket subjects and message excerpts: an erased customer's name,
// e-mail and phone are replaced there too.
export async function scrubNotifications(tx: Db, tenantId: string, who: PersonalPatterns): Promise<void> {
  await tx
    .update(notifications)
    .set({ data: scrubbedJson(notifications.data, who) })
    .where(and(eq(notifications.tenantId, tenantId), mentions(notifications.data, who)));
}
