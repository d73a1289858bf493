import { DEFAULT_RMA_SLA, type RmaSla } from "../../../../shared/rma-sla.js";
import type { WarrantySettings } from "../../../../shared/warranty-settings.js";
import type { Db } from "../../../platform/db/client.js";
import { findWarrantySettings } from "../warranty.repository.js";

// The RMA steps' SLA targets: the tenant's, else the defaults (QA 1 day, shipping 2 days, the
// follow-up call 3 days).
export async function tenantRmaSla(db: Db, tenantId: string): Promise<RmaSla> {
  const settings = (await findWarrantySettings(db, tenantId)) as WarrantySettings | null;
  return { ...DEFAULT_RMA_SLA, ...(settings?.rmaSla ?? {}) };
}
