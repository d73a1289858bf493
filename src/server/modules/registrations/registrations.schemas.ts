import { z } from "@hono/zod-openapi";
import { REGISTRATION_STATUSES } from "../../../shared/api/registrations.js";

const code = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "request.invalid_date", abort: true })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "request.invalid_date",
  )
  .openapi({ format: "date", example: "2026-03-15" });

export const ZRegistrationForm = z.object({
  serial: code(64, 3),
  productSku: code(64),
  purchasedAt: calendarDate,
  // A dealer names the customer of its outlet the unit was sold to; a customer claims for themself.
  customerId: z.string().trim().min(1).max(100).optional(),
  invoice: z
    .instanceof(File, { message: "registration.invoice_required" })
    .openapi({ type: "string", format: "binary" }),
});

export const ZRegistrationQuery = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const ZReject = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict()
  .openapi("RejectRegistration");

export const ZTransfer = z
  .object({
    customerId: z.string().max(100).optional(),
    email: z.string().trim().email().max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{5,30}$/, "request.invalid_phone")
      .optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .openapi("TransferUnit");

// Staff: moved at once. The owner: an offer, pending until the recipient accepts — the same
// answer whether or not the address belongs to a customer.
export const ZTransferred = z
  .object({
    serial: z.string(),
    transferred: z.boolean(),
    pending: z.boolean(),
    offerId: z.string().optional(),
  })
  .openapi("UnitTransferred");

export const ZTransferOffer = z
  .object({
    id: z.string(),
    serial: z.string(),
    direction: z.enum(["incoming", "outgoing"]),
    status: z.enum(["pending", "accepted", "cancelled"]),
    to: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("UnitTransferOffer");
