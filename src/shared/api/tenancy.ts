import { z } from "@hono/zod-openapi";
import { LOCALES } from "../i18n/locale.js";

// The tenant's own settings and its outlets (dealers, stores) as the API answers them.
export const ZTenant = z
  .object({
    id: z.string(),
    name: z.string(),
    timezone: z.string(),
    defaultLocale: z.enum(LOCALES),
    autoCloseDays: z.number().int(),
    /** hours of notice a customer must give to move or cancel a booked visit in the portal */
    visitNoticeHours: z.number().int(),
  })
  .openapi("Tenant");

export const ZOutlet = z
  .object({ id: z.string(), name: z.string(), region: z.string().nullable() })
  .openapi("Outlet");

export type Tenant = z.infer<typeof ZTenant>;
export type Outlet = z.infer<typeof ZOutlet>;
