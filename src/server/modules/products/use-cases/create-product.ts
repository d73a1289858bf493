import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { insertProduct } from "../products.repository.js";
import type { TCreateProduct } from "../products.schemas.js";
import { toProductDto } from "./product-dto.js";

export async function createProduct(s: Services, actor: Actor, input: TCreateProduct) {
  try {
    return await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      const row = await insertProduct(tx, {
        id: newId("prd"),
        tenantId: actor.tenantId,
        sku: input.sku,
        name: input.name,
        nameEn: input.nameEn || null,
        category: input.category ?? null,
        warrantyMonths: input.warrantyMonths,
        skills: input.skills ?? [],
        sanbaoRule: input.sanbaoRule ?? null,
        sanbaoCategory: input.sanbaoCategory ?? null,
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "product.created",
        entityType: "product",
        entityId: row.id,
        data: input,
        at: now,
      });
      return toProductDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("product.sku_taken", { sku: input.sku });
    throw err;
  }
}
