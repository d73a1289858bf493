import { z } from "@hono/zod-openapi";
import { CUSTOMER_KINDS, CUSTOMER_TIERS } from "../domain.js";
import { isoDateTime } from "./iso-date-time.js";

// A customer as the API answers it (server route schema and web type).
export const ZCustomer = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(CUSTOMER_KINDS),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    tier: z.enum(CUSTOMER_TIERS),
    outletId: z.string().nullable(),
    preferredChannel: z.enum(["email", "sms"]),
    locale: z.enum(["zh-CN", "en"]).nullable(),
    divisionCode: z
      .string()
      .nullable()
      .openapi({ description: "GB/T 2260 division (province, city or district)" }),
    divisionName: z.string().nullable(),
    street: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    erasedAt: isoDateTime()
      .nullable()
      .openapi({ description: "When the customer's personal data was erased (name is then a pseudonym)" }),
  })
  .openapi("Customer");

export type Customer = z.infer<typeof ZCustomer>;
