import { z } from "@hono/zod-openapi";
import { WARRANTY_STATUSES } from "../../../shared/domain.js";
import { isoDateTime } from "../../platform/http/schemas.js";

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

export const ZProduct = z
  .object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    // The English name (null: none given; readers of English then see \`name\`).
    nameEn: z.string().nullable(),
    category: z.string().nullable(),
    warrantyMonths: z.number().int(),
    skills: z.array(z.string()),
    createdAt: isoDateTime(),
  })
  .openapi("Product");

export const ZCreateProduct = z
  .object({
    sku,
    name: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().max(200).nullable().optional(),
    category: z.string().trim().max(100).optional(),
    warrantyMonths: z.number().int().min(0).max(600),
    skills: z.array(skill).max(20).optional(),
  })
  .strict()
  .openapi("CreateProduct");

export const ZUpdateProduct = ZCreateProduct.omit({ sku: true }).partial().strict().openapi("UpdateProduct");

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
    warranty: z.object({ status: z.enum(WARRANTY_STATUSES), endsAt: z.string().openapi({ format: "date" }) }),
    createdAt: isoDateTime(),
  })
  .openapi("Unit");

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
export type TUnit = z.infer<typeof ZUnit>;
