import { z } from "@hono/zod-openapi";
import { ZUser } from "../../../shared/api/users.js";
import { LOCALES } from "../../../shared/i18n/locale.js";
import { ROLES } from "../../../shared/roles.js";

export { ZUser };

const email = z.string().trim().toLowerCase().email().max(254);
const skill = z.string().trim().min(1).max(50);
const timezone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "request.invalid_timezone");

export const ZLogin = z.object({ email, password: z.string().min(1).max(200) }).openapi("Login");
export const ZLoginResult = z.object({ token: z.string(), user: ZUser }).openapi("LoginResult");

export const ZUpdateMe = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    locale: z.enum(LOCALES).optional(),
    timezone: timezone.optional(),
  })
  .strict();

export const ZCreateUser = z
  .object({
    email,
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    password: z.string().min(8).max(200),
    skills: z.array(skill).max(50).optional(),
    maxOpenTickets: z.number().int().min(0).max(1000).optional(),
    customerId: z.string().max(100).optional(),
    outletId: z.string().max(100).optional(),
    locale: z.enum(LOCALES).optional(),
    timezone: timezone.optional(),
  })
  .strict()
  .openapi("CreateUser");

export const ZUpdateUser = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    role: z.enum(ROLES).optional(),
    skills: z.array(skill).max(50).optional(),
    maxOpenTickets: z.number().int().min(0).max(1000).optional(),
    active: z.boolean().optional(),
    password: z.string().min(8).max(200).optional(),
    outletId: z.string().max(100).nullable().optional(),
    // Needed to turn an account into a customer account; cleared for every other role.
    customerId: z.string().max(100).optional(),
  })
  .strict()
  .openapi("UpdateUser");

export const ZUserQuery = z.object({
  role: z.enum(ROLES).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export type TCreateUser = z.infer<typeof ZCreateUser>;
export type TUpdateUser = z.infer<typeof ZUpdateUser>;
export type TUpdateMe = z.infer<typeof ZUpdateMe>;
export type TUser = z.infer<typeof ZUser>;
