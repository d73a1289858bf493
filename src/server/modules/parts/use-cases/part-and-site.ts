import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { findPart, findSite } from "../parts.repository.js";

// Looks up what a request names by part number and site code (or ids), 404 when either is unknown.
export async function partAndSite(tx: Db, tenantId: string, partNo: string, site: string) {
  const part = await findPart(tx, tenantId, partNo);
  if (!part) throw new AppError("parts.not_found", { partNo });
  const siteRow = await findSite(tx, tenantId, site);
  if (!siteRow) throw new AppError("parts.site_not_found", { site });
  return { part, site: siteRow };
}
