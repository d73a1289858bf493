import { index, pgTable, text } from "drizzle-orm/pg-core";
import type { CustomerKind, CustomerTier } from "../../../shared/domain.js";
import { createdAt, tenantId, updatedAt } from "../../platform/db/columns.js";

export const customers = pgTable(
  "customers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    kind: text("kind").notNull().$type<CustomerKind>(),
    email: text("email"),
    phone: text("phone"),
    tier: text("tier").notNull().default("standard").$type<CustomerTier>(),
    outletId: text("outlet_id"),
    // How and in which language the customer gets notices (null locale: the tenant's default).
    preferredChannel: text("preferred_channel").notNull().default("email").$type<"email" | "sms">(),
    locale: text("locale").$type<"zh-CN" | "en">(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("customers_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("customers_tenant_email_idx").on(t.tenantId, t.email),
    index("customers_tenant_phone_idx").on(t.tenantId, t.phone),
  ],
);
