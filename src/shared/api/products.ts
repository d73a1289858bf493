import { z } from "@hono/zod-openapi";
import { WARRANTY_STATUSES } from "../domain.js";
import { SALE_CHANNELS, WARRANTY_RULES } from "../warranty.js";
import { isoDateTime } from "./iso-date-time.js";

const date = z.string().openapi({ format: "date" });

// Products and units as the API answers them (server route schemas and web types).
export const ZProduct = z
  .object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    // The English name (null: none given; readers of English then see `name`).
    nameEn: z.string().nullable(),
    category: z.string().nullable(),
    warrantyMonths: z.number().int(),
    skills: z.array(z.string()),
    sanbaoRule: z.enum(WARRANTY_RULES).nullable(),
    sanbaoCategory: z.string().nullable(),
    createdAt: isoDateTime(),
  })
  .openapi("Product");

export const ZUnit = z
  .object({
    id: z.string(),
    serial: z.string(),
    productId: z.string(),
    productSku: z.string(),
    productName: z.string(),
    productNameEn: z.string().nullable(),
    customerId: z.string(),
    // The owner's name; in unit lists (GET /units), not in single-unit answers.
    customerName: z.string().optional(),
    purchasedAt: z.string().openapi({ format: "date" }),
    warrantyEndsAt: z.string().openapi({ format: "date" }),
    // The 三包 facts of a unit; null = not recorded.
    invoiceDate: date.nullable(),
    deliveryDate: date.nullable(),
    saleChannel: z.enum(SALE_CHANNELS).nullable(),
    evidence: z.object({ invoice: z.boolean().nullable(), voucher: z.boolean().nullable() }),
    invoicePrice: z.string().nullable().openapi({ example: "3999.00" }),
    exchangedOn: date.nullable(),
    exchangedFromSerial: z.string().nullable(),
    warranty: z.object({ status: z.enum(WARRANTY_STATUSES), endsAt: z.string().openapi({ format: "date" }) }),
    createdAt: isoDateTime(),
  })
  .openapi("Unit");

export type Product = z.infer<typeof ZProduct>;
export type Unit = z.infer<typeof ZUnit>;

// A product update (a firmware or model revision): for one model (`productSku`) or a whole product
// line (`productLine`, the products' category), released on a day (the tenant's calendar).
export const ZProductUpdate = z
  .object({
    id: z.string(),
    productSku: z.string().nullable(),
    productName: z.string().nullable(),
    productNameEn: z.string().nullable(),
    productLine: z.string().nullable(),
    version: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    releasedOn: z.string().openapi({ format: "date" }),
    createdAt: isoDateTime(),
  })
  .openapi("ProductUpdate");
export type ProductUpdate = z.infer<typeof ZProductUpdate>;

export const ZNewProductUpdate = z
  .object({
    // Exactly one of the two: the model, or the product line.
    productSku: z.string().trim().min(1).max(64).optional(),
    productLine: z.string().trim().min(1).max(100).optional(),
    version: z.string().trim().min(1).max(50),
    title: z.string().trim().min(1).max(200),
    titleEn: z.string().trim().min(1).max(200).optional(),
    releasedOn: z.iso.date(),
  })
  .strict()
  .openapi("NewProductUpdate");
export type NewProductUpdateBody = z.input<typeof ZNewProductUpdate>;
