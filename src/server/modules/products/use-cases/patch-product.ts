import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { updateProduct } from "../products.repository.js";
import type { TUpdateProduct } from "../products.schemas.js";
import { toProductDto } from "./product-dto.js";

export async function patchProduct(s: Services, actor: Actor, id: string, input: TUpdateProduct) {
  return s.db.transaction(async (tx) => {
    // An emptied English name means "none": readers of English then see the name.
    const patch = input.nameEn === undefined ? input : { ...input, nameEn: input.nameEn || null };
    const row = await updateProduct(tx, actor.tenantId, id, patch);
    if (!row) throw new AppError("product.not_found", { sku: id });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "product.updated",
      entityType: "product",
      entityId: id,
      data: input,
      at: s.clock.now(),
    });
    return toProductDto(row);
  });
}
