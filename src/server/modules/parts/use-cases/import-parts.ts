import { z } from "zod";
import { IMPORT_COLUMNS } from "../../../../shared/api/imports.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { type ImportSpec, listCell, sameSet } from "../../../platform/import/import-runner.js";
import { findPart, insertPart, updatePart } from "../parts.repository.js";
import { ZCreatePart } from "../parts.schemas.js";

const code = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/);
const codes = (max: number) => z.string().transform(listCell).pipe(z.array(code).max(max)).optional();

const ZRow = ZCreatePart.pick({ partNo: true, name: true, nameEn: true, unit: true }).extend({
  price: z.coerce.number().min(0).max(10_000_000).multipleOf(0.01).optional(),
  compatibleSkus: codes(200),
  substitutes: codes(50),
});
type Row = z.infer<typeof ZRow>;

// The parts catalogue from a sheet (issue 14's import with a dry run): parts are found again by
// part number; compatible products and substitutes are lists of SKUs / part numbers in one cell.
// A cell left empty keeps what is on file. Every write has its audit entry (part.imported).
export function partImport(s: Services, actor: Actor): ImportSpec<Row> {
  return {
    columns: IMPORT_COLUMNS.parts,
    required: ["partNo", "name"],
    row: ZRow,
    key: (v) => v.partNo,
    keyRequired: "import.part_key_required",
    plan: async (db, v, r) => {
      const existing = await findPart(db, actor.tenantId, v.partNo);
      const fields = {
        name: v.name,
        ...(v.nameEn ? { nameEn: v.nameEn } : {}),
        ...(v.price !== undefined ? { priceCents: Math.round(v.price * 100) } : {}),
        ...(v.unit ? { unit: v.unit } : {}),
        ...(v.compatibleSkus ? { compatibleSkus: v.compatibleSkus } : {}),
        ...(v.substitutes ? { substitutes: v.substitutes.filter((p) => p !== v.partNo) } : {}),
      };
      const audit = (tx: Db, id: string, data: Record<string, unknown>) =>
        appendAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "part.imported",
          entityType: "part",
          entityId: id,
          data: { ...data, row: r },
          at: s.clock.now(),
        });
      if (!existing || existing.partNo !== v.partNo)
        return {
          action: "create",
          write: async (tx) => {
            const row = await insertPart(tx, {
              id: newId("prt"),
              tenantId: actor.tenantId,
              partNo: v.partNo,
              nameEn: null,
              priceCents: null,
              unit: "pcs",
              compatibleSkus: [],
              substitutes: [],
              ...fields,
              createdAt: s.clock.now(),
            });
            await audit(tx, row.id, fields);
          },
        };
      const changed = Object.entries(fields).some(([k, val]) => {
        const now = existing[k as keyof typeof existing];
        return Array.isArray(val) ? !sameSet(val, (now as string[]) ?? []) : now !== val;
      });
      if (!changed) return { action: "unchanged" };
      return {
        action: "update",
        write: async (tx) => {
          await updatePart(tx, actor.tenantId, existing.id, fields);
          await audit(tx, existing.id, fields);
        },
      };
    },
  };
}
