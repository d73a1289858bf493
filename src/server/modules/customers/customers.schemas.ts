import { z } from "@hono/zod-openapi";
import { ZCustomer } from "../../../shared/api/customers.js";
import { isDivision } from "../../../shared/divisions.js";
import { CUSTOMER_KINDS, CUSTOMER_TIERS } from "../../../shared/domain.js";

export { ZCustomer };

const divisionCode = z
  .string()
  .regex(/^\d{2}(\d{2}){0,2}$/, "request.invalid_division")
  .refine(isDivision, "request.invalid_division");
const street = z.string().trim().min(1).max(300);
const lat = z.number().min(-90).max(90);
const lng = z.number().min(-180).max(180);

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,30}$/, "request.invalid_phone");

export const ZCreateCustomer = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(CUSTOMER_KINDS),
    email: z.string().trim().toLowerCase().email().max(254).optional(),
    phone: phone.optional(),
    tier: z.enum(CUSTOMER_TIERS).optional(),
    outletId: z.string().max(100).optional(),
    preferredChannel: z.enum(["email", "sms"]).optional(),
    locale: z.enum(["zh-CN", "en"]).optional(),
    divisionCode: divisionCode.optional(),
    street: street.optional(),
    lat: lat.optional(),
    lng: lng.optional(),
  })
  .strict()
  .openapi("CreateCustomer");

export const ZUpdateCustomer = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(CUSTOMER_KINDS).optional(),
    email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
    phone: phone.nullable().optional(),
    tier: z.enum(CUSTOMER_TIERS).optional(),
    outletId: z.string().max(100).nullable().optional(),
    preferredChannel: z.enum(["email", "sms"]).optional(),
    locale: z.enum(["zh-CN", "en"]).nullable().optional(),
    divisionCode: divisionCode.nullable().optional(),
    street: street.nullable().optional(),
    lat: lat.nullable().optional(),
    lng: lng.nullable().optional(),
  })
  .strict()
  .openapi("UpdateCustomer");

export const ZCustomerQuery = z.object({
  q: z.string().max(100).optional(),
  tier: z.enum(CUSTOMER_TIERS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export type TCreateCustomer = z.infer<typeof ZCreateCustomer>;
export type TUpdateCustomer = z.infer<typeof ZUpdateCustomer>;
