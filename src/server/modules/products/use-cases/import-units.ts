import { z } from "zod";
import { IMPORT_COLUMNS } from "../../../../shared/api/imports.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import type { ImportSpec, RowProblem } from "../../../platform/import/import-runner.js";
import { findCustomerByContact } from "../../customers/index.js";
import { UNIT_BOUGHT } from "../product-events.js";
import { findProductBySku, findUnitBySerial, insertUnit, updateUnitRow } from "../products.repository.js";
import { ZCreateUnit } from "../products.schemas.js";
import { purchaseDateProblem } from "../purchase-date.js";
import { warrantyEndsAt } from "../warranty.js";
import { tenantToday } from "./unit-dto.js";

const ZRow = ZCreateUnit.pick({
  serial: true,
  productSku: true,
  purchasedAt: true,
  invoiceDate: true,
  deliveryDate: true,
  saleChannel: true,
  invoicePrice: true,
}).extend({
  customerEmail: z.string().trim().email().max(254).optional(),
  customerPhone: z.string().trim().max(40).optional(),
});
type Row = z.infer<typeof ZRow>;

const FACTS = ["invoiceDate", "deliveryDate", "saleChannel", "invoicePrice"] as const;

// Units are found again by serial. A row names its product by SKU and its owner by the customer's
// e-mail or phone (both must exist: import customers and products first). An import never moves
// a unit to another owner or product (that is a transfer, with its reason, on the unit's page);
// empty fact cells keep what is on file. Every write has its audit entry (unit.imported).
export function unitImport(s: Services, actor: Actor): ImportSpec<Row> {
  let today: string | undefined;
  return {
    columns: IMPORT_COLUMNS.units,
    required: ["serial", "productSku", "purchasedAt"],
    row: ZRow,
    key: (v) => v.serial,
    keyRequired: "import.unit_key_required",
    plan: async (db, v, r) => {
      today ??= await tenantToday(s, actor.tenantId, db);
      const problems: RowProblem[] = [];
      if (purchaseDateProblem(v.purchasedAt, today))
        problems.push({ code: "import.date_out_of_range", params: { column: "purchasedAt" } });
      const product = await findProductBySku(db, actor.tenantId, v.productSku);
      if (!product) problems.push({ code: "import.unknown_product", params: { sku: v.productSku } });
      const contact = { email: v.customerEmail, phone: v.customerPhone };
      const owner = await findCustomerByContact(db, actor.tenantId, contact);
      if (!v.customerEmail && !v.customerPhone) problems.push({ code: "import.owner_required" });
      else if (!owner) problems.push({ code: "import.unknown_customer" });
      if (!product || !owner || problems.length > 0) return { problems };
      // Money as the column keeps it (12.5 → "12.50"), so an unchanged price reads as unchanged.
      const row =
        v.invoicePrice === undefined ? v : { ...v, invoicePrice: Number(v.invoicePrice).toFixed(2) };
      const facts = Object.fromEntries(FACTS.filter((f) => row[f] !== undefined).map((f) => [f, row[f]]));
      const existing = await findUnitBySerial(db, actor.tenantId, v.serial);
      const audit = (tx: typeof db, id: string, data: Record<string, unknown>) =>
        appendAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "unit.imported",
          entityType: "unit",
          entityId: id,
          data: { ...data, row: r },
          at: s.clock.now(),
        });
      if (!existing)
        return {
          action: "create",
          write: async (tx) => {
            const id = newId("unt");
            await insertUnit(tx, {
              id,
              tenantId: actor.tenantId,
              serial: v.serial,
              productId: product.id,
              customerId: owner.id,
              purchasedAt: v.purchasedAt,
              warrantyEndsAt: warrantyEndsAt(v.purchasedAt, product.warrantyMonths),
              ...facts,
              createdAt: s.clock.now(),
            });
            await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId: owner.id });
            await audit(tx, id, { ...v, customerId: owner.id });
          },
        };
      if (existing.customerId !== owner.id)
        return { problems: [{ code: "import.unit_other_owner", params: { serial: v.serial } }] };
      if (existing.productId !== product.id)
        return { problems: [{ code: "import.unit_other_product", params: { serial: v.serial } }] };
      const patch = { purchasedAt: v.purchasedAt, ...facts };
      const changed = Object.entries(patch).some(
        ([k, val]) => String(existing[k as keyof typeof existing] ?? "") !== String(val ?? ""),
      );
      if (!changed) return { action: "unchanged" };
      return {
        action: "update",
        write: async (tx) => {
          await updateUnitRow(tx, actor.tenantId, existing.id, {
            ...patch,
            warrantyEndsAt: warrantyEndsAt(v.purchasedAt, product.warrantyMonths),
          });
          await s.events.emit(tx, UNIT_BOUGHT, { tenantId: actor.tenantId, customerId: owner.id });
          await audit(tx, existing.id, patch);
        },
      };
    },
  };
}
