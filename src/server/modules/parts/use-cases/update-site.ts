import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUser } from "../../auth/index.js";
import { toSiteDto } from "../parts.dto.js";
import { findSite, setSiteResponsible } from "../parts.repository.js";
import type { TUpdateSite } from "../parts.schemas.js";

// A site's parts manager must be an active staff member here (they get its low-stock e-mail).
export async function checkResponsible(tx: Db, tenantId: string, userId: string) {
  const manager = await findUser(tx, tenantId, userId);
  if (!manager?.active || !isStaff(manager.role)) throw new AppError("parts.site_responsible_invalid");
}

export async function updateSite(s: Services, actor: Actor, ref: string, input: TUpdateSite) {
  return s.db.transaction(async (tx) => {
    const site = await findSite(tx, actor.tenantId, ref);
    if (!site) throw new AppError("parts.site_not_found", { site: ref });
    if (input.responsibleId) await checkResponsible(tx, actor.tenantId, input.responsibleId);
    const row = await setSiteResponsible(tx, actor.tenantId, site.id, input.responsibleId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "stock_site.updated",
      entityType: "stock_site",
      entityId: site.id,
      data: { responsibleId: { from: site.responsibleId, to: input.responsibleId } },
      at: s.clock.now(),
    });
    return toSiteDto(row);
  });
}
