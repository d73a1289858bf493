import { z } from "@hono/zod-openapi";
import { ZProduct, ZUnit } from "../../../shared/api/products.js";
import { SALE_CHANNELS, WARRANTY_RULES, zCategoryCode } from "../../../shared/warranty.js";

export { ZProduct, ZUnit };

const sku = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");
const skill = z.string().trim().min(1).max(50);
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "request.invalid_date", abort: true })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "request.invalid_date",
  )
  .openapi({ format: "date", example: "2026-03-15" });

export const ZCreateProduct = z
  .object({
    sku,
    name: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().max(200).nullable().optional(),
    category: z.string().trim().max(100).optional(),
    warrantyMonths: z.number().int().min(0).max(600),
    skills: z.array(skill).max(20).optional(),
    // 三包: the rule family and catalogue category (POST /warranty/evaluate uses them by default).
    sanbaoRule: z.enum(WARRANTY_RULES).nullable().optional(),
    sanbaoCategory: zCategoryCode.nullable().optional(),
  })
  .strict()
  .openapi("CreateProduct");

export const ZUpdateProduct = ZCreateProduct.omit({ sku: true }).partial().strict().openapi("UpdateProduct");

const money = z
  .string()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "request.invalid_amount")
  .openapi({ example: "3999.00" });

export const ZUpdateUnitFacts = z
  .object({
    invoiceDate: calendarDate.nullable(),
    deliveryDate: calendarDate.nullable(),
    saleChannel: z.enum(SALE_CHANNELS).nullable(),
    evidence: z
      .object({ invoice: z.boolean().nullable(), voucher: z.boolean().nullable() })
      .partial()
      .strict(),
    invoicePrice: money.nullable(),
  })
  .partial()
  .strict()
  .openapi("UpdateUnitFacts");

export const ZCreateUnit = z
  .object({
    serial: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code"),
    productSku: sku,
    customerId: z.string().max(100).optional(),
    purchasedAt: calendarDate,
  })
  .merge(ZUpdateUnitFacts)
  .strict()
  .openapi("CreateUnit");

export const ZProductQuery = z.object({ q: z.string().max(100).optional() });
export const ZUnitQuery = z.object({
  customerId: z.string().max(100).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export const ZSerialParam = z.object({ serial: z.string().min(1).max(64) });

export type TCreateProduct = z.infer<typeof ZCreateProduct>;
export type TUpdateProduct = z.infer<typeof ZUpdateProduct>;
export type TCreateUnit = z.infer<typeof ZCreateUnit>;
export type TUpdateUnitFacts = z.infer<typeof ZUpdateUnitFacts>;
export type TUnit = z.infer<typeof ZUnit>;
