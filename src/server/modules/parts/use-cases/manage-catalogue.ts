import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { toPartDto, toSiteDto } from "../parts.dto.js";
import { insertPart, insertSite } from "../parts.repository.js";
import type { TCreatePart, TCreateSite } from "../parts.schemas.js";

export async function createPart(s: Services, actor: Actor, input: TCreatePart) {
  try {
    return await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      const row = await insertPart(tx, {
        id: newId("prt"),
        tenantId: actor.tenantId,
        partNo: input.partNo,
        name: input.name,
        nameEn: input.nameEn ?? null,
        priceCents: input.price === undefined ? null : Math.round(input.price * 100),
        unit: input.unit ?? "pcs",
        compatibleSkus: [...new Set(input.compatibleSkus ?? [])],
        substitutes: [...new Set(input.substitutes ?? [])].filter((p) => p !== input.partNo),
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "part.created",
        entityType: "part",
        entityId: row.id,
        data: input,
        at: now,
      });
      return toPartDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("parts.part_no_taken", { partNo: input.partNo });
    throw err;
  }
}

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
      const now = s.clock.now();
      const row = await insertSite(tx, {
        id: newId("sit"),
        tenantId: actor.tenantId,
        code: input.code,
        name: input.name,
        kind: input.kind,
        ownerId: input.ownerId ?? null,
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
