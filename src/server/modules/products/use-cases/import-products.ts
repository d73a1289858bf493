import { z } from "zod";
import { IMPORT_COLUMNS } from "../../../../shared/api/imports.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { type ImportSpec, listCell, sameSet } from "../../../platform/import/import-runner.js";
import { findProductBySku, insertProduct, updateProduct } from "../products.repository.js";
import { ZCreateProduct } from "../products.schemas.js";

const ZRow = ZCreateProduct.pick({ sku: true, name: true, nameEn: true, category: true }).extend({
  warrantyMonths: z.coerce.number().int().min(0).max(600),
  skills: z
    .string()
    .transform(listCell)
    .pipe(z.array(z.string().max(50)).max(20))
    .optional(),
});
type Row = z.infer<typeof ZRow>;

// Products are found again by SKU. A cell left empty keeps what is on file (so a sheet with only
// some columns updates only those); every write has its audit entry (product.imported).
export function productImport(s: Services, actor: Actor): ImportSpec<Row> {
  return {
    columns: IMPORT_COLUMNS.products,
    required: ["sku", "name", "warrantyMonths"],
    row: ZRow,
    key: (v) => v.sku,
    keyRequired: "import.product_key_required",
    plan: async (db, v, r) => {
      const existing = await findProductBySku(db, actor.tenantId, v.sku);
      const audit = async (tx: typeof db, id: string, data: Record<string, unknown>) =>
        appendAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "product.imported",
          entityType: "product",
          entityId: id,
          data: { ...data, row: r },
          at: s.clock.now(),
        });
      if (!existing)
        return {
          action: "create",
          write: async (tx) => {
            const row = await insertProduct(tx, {
              id: newId("prd"),
              tenantId: actor.tenantId,
              sku: v.sku,
              name: v.name,
              nameEn: v.nameEn || null,
              category: v.category ?? null,
              warrantyMonths: v.warrantyMonths,
              skills: v.skills ?? [],
              createdAt: s.clock.now(),
            });
            await audit(tx, row.id, v);
          },
        };
      const patch = {
        name: v.name,
        warrantyMonths: v.warrantyMonths,
        ...(v.nameEn ? { nameEn: v.nameEn } : {}),
        ...(v.category ? { category: v.category } : {}),
        ...(v.skills ? { skills: v.skills } : {}),
      };
      const changed =
        patch.name !== existing.name ||
        patch.warrantyMonths !== existing.warrantyMonths ||
        (patch.nameEn !== undefined && patch.nameEn !== existing.nameEn) ||
        (patch.category !== undefined && patch.category !== existing.category) ||
        (patch.skills !== undefined && !sameSet(patch.skills, existing.skills));
      if (!changed) return { action: "unchanged" };
      return {
        action: "update",
        write: async (tx) => {
          await updateProduct(tx, actor.tenantId, existing.id, patch);
          await audit(tx, existing.id, patch);
        },
      };
    },
  };
}
