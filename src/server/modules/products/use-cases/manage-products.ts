import type { WarrantyRule } from "../../../../shared/warranty.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { insertProduct, type ProductRow, updateProduct } from "../products.repository.js";
import type { TCreateProduct, TUpdateProduct } from "../products.schemas.js";

export function toProductDto(p: ProductRow) {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    nameEn: p.nameEn,
    category: p.category,
    warrantyMonths: p.warrantyMonths,
    skills: p.skills,
    sanbaoRule: p.sanbaoRule as WarrantyRule | null,
    sanbaoCategory: p.sanbaoCategory,
    createdAt: p.createdAt.toISOString(),
  };
}

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
