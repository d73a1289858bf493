import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { toSiteDto } from "../parts.dto.js";
import { insertSite } from "../parts.repository.js";
import type { TCreateSite } from "../parts.schemas.js";
import { checkResponsible } from "./update-site.js";

export async function createSite(s: Services, actor: Actor, input: TCreateSite) {
  try {
    return await s.db.transaction(async (tx) => {
      // A van is a technician's; other sites may name a person in charge, who must be staff here.
      if (input.ownerId || input.kind === "van") {
        const owner = input.ownerId ? await findUser(tx, actor.tenantId, input.ownerId) : undefined;
        const fits =
          owner?.active && (input.kind === "van" ? owner.role === "technician" : owner.role !== "customer");
        if (!fits) throw new AppError("parts.van_owner_invalid");
      }
      if (input.responsibleId) await checkResponsible(tx, actor.tenantId, input.responsibleId);
      const now = s.clock.now();
      const row = await insertSite(tx, {
        id: newId("sit"),
        tenantId: actor.tenantId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        ownerId: input.ownerId ?? null,
        responsibleId: input.responsibleId ?? null,
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "stock_site.created",
        entityType: "stock_site",
        entityId: row.id,
        data: input,
        at: now,
      });
      return toSiteDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("parts.site_code_taken", { code: input.code });
    throw err;
  }
}
