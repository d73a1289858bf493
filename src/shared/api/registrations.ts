import { z } from "@hono/zod-openapi";
import { isoDateTime } from "./iso-date-time.js";

export const REGISTRATION_STATUSES = ["pending_review", "approved", "rejected"] as const;

// A customer's claim to a unit with its invoice. A customer sees their own claims, always in the
// same shape: whether the serial was someone else's is for staff only (`conflict`).
export const ZUnitRegistration = z
  .object({
    id: z.string(),
    serial: z.string(),
    productSku: z.string(),
    productName: z.string(),
    productNameEn: z.string().nullable(),
    purchasedAt: z.string().openapi({ format: "date" }),
    status: z.enum(REGISTRATION_STATUSES),
    rejectReason: z.string().nullable(),
    invoice: z.object({ name: z.string(), contentType: z.string(), size: z.number().int() }),
    createdAt: isoDateTime(),
    reviewedAt: isoDateTime().nullable(),
    // Staff only:
    customerId: z.string().optional(),
    customerName: z.string().optional(),
    conflict: z.boolean().optional(),
  })
  .openapi("UnitRegistration");

export type UnitRegistration = z.infer<typeof ZUnitRegistration>;
