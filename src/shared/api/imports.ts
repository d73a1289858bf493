import { z } from "@hono/zod-openapi";

// What an import (customers, products, units, parts) answers: each non-empty row's result.
const IMPORT_ACTIONS = ["create", "update", "unchanged", "error"] as const;
export const ZImportResult = z
  .object({
    applied: z.boolean(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(IMPORT_ACTIONS),
        key: z.string().nullable(),
        errors: z.array(z.string()),
      }),
    ),
  })
  .openapi("ImportResult");

export type ImportResult = z.infer<typeof ZImportResult>;
export type ImportRow = ImportResult["rows"][number];

// The entities that import, and the column codes each sheet's first row may name (in this order,
// which is also the order the list exports write). Exports write "<label> (<code>)" headers and
// code values, so an exported list imports again unchanged.
export const IMPORT_COLUMNS = {
  customers: ["name", "kind", "email", "phone", "tier"],
  products: ["sku", "name", "nameEn", "category", "warrantyMonths", "skills"],
  units: [
    "serial",
    "productSku",
    "customerEmail",
    "customerPhone",
    "purchasedAt",
    "invoiceDate",
    "deliveryDate",
    "saleChannel",
    "invoicePrice",
  ],
  parts: ["partNo", "name", "nameEn", "price", "unit", "compatibleSkus", "substitutes"],
} as const;
export type ImportEntity = keyof typeof IMPORT_COLUMNS;
