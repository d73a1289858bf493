import { z } from "@hono/zod-openapi";
import { LOCALES } from "../i18n/locale.js";
import { ROLES } from "../roles.js";

// A user as the API answers it (server route schema and web type).
export const ZUser = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    tenantId: z.string(),
    customerId: z.string().optional(),
    outletId: z.string().optional(),
    locale: z.enum(LOCALES).nullable(),
    timezone: z.string().nullable(),
    skills: z.array(z.string()),
    maxOpenTickets: z.number().int(),
    active: z.boolean(),
  })
  .openapi("User");

export type User = z.infer<typeof ZUser>;
