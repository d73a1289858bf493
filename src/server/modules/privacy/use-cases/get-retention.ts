import { eq } from "drizzle-orm";
import type { RetentionSettings } from "../../../../shared/retention.js";
import type { Db } from "../../../platform/db/client.js";
import { retentionSettings } from "../privacy.tables.js";

const NONE: RetentionSettings = { closedTicketMonths: null, attachmentMonths: null };

export async function getRetention(db: Db, tenantId: string): Promise<RetentionSettings> {
  const [row] = await db.select().from(retentionSettings).where(eq(retentionSettings.tenantId, tenantId));
  return row ? { closedTicketMonths: row.closedTicketMonths, attachmentMonths: row.attachmentMonths } : NONE;
}
