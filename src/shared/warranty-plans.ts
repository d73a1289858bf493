import { z } from "zod";
import { zCategoryCode } from "./warranty.js";

// Paid extended-warranty plans (延保): what an admin defines and what staff sell for a unit. Shared
// by the API and the web app.
const money = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, "request.invalid_amount");

export const ZWarrantyPlanInput = z
  .object({
    name: z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) }).strict(),
    // Months of cover after the legal (or promised) whole-unit period ends.
    months: z.number().int().min(1).max(120),
    price: money,
    terms: z.string().trim().min(1).max(5000),
    // The 三包 categories it may be sold for (codes of the tenant's rule book).
    categories: z.array(zCategoryCode).min(1).max(50),
    active: z.boolean().optional(),
  })
  .strict();
export type WarrantyPlanInput = z.infer<typeof ZWarrantyPlanInput>;

export const ZWarrantyPlan = ZWarrantyPlanInput.extend({
  id: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WarrantyPlan = z.infer<typeof ZWarrantyPlan>;

export const ZSellPlan = z.object({ planId: z.string().min(1).max(64) }).strict();

// A plan sold for a unit: the cover it gives and the sale.
export const ZUnitPlan = z.object({
  id: z.string(),
  planId: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  startsAt: z.string(),
  endsAt: z.string(),
  price: z.string(),
  soldBy: z.string(),
  soldAt: z.string(),
});
export type UnitPlan = z.infer<typeof ZUnitPlan>;
