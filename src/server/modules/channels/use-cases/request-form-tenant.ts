import type { Services } from "../../../platform/context.js";
import { findTenantBySlug } from "../channels.repository.js";

export async function requestFormTenant(s: Services, slug: string) {
  return findTenantBySlug(s.db, slug);
}
