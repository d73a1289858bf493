import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { toPartDto } from "../parts.dto.js";
import { insertPart } from "../parts.repository.js";
import type { TCreatePart } from "../parts.schemas.js";

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
