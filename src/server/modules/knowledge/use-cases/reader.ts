import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type Audience, tenantIdBySlug } from "../knowledge.repository.js";

export type Reader = { tenantId: string; audience: Audience; customerId: string | null };

// Who is reading the knowledge base: a signed-in user reads their tenant's (staff: every article;
// customers and dealers: published public ones); the public names the help centre by its slug.
export async function resolveReader(
  s: Services,
  actor: Actor | undefined,
  tenantSlug?: string,
): Promise<Reader> {
  if (actor) {
    return {
      tenantId: actor.tenantId,
      audience: isStaff(actor.role) ? "staff" : "public",
      customerId: actor.customerId,
    };
  }
  if (!tenantSlug) throw new AppError("kb.tenant_required");
  const tenantId = await tenantIdBySlug(s.db, tenantSlug);
  if (!tenantId) throw new AppError("kb.unknown_tenant");
  return { tenantId, audience: "public", customerId: null };
}
