import { sql } from "drizzle-orm";
import { index, pgTable, real, text } from "drizzle-orm/pg-core";
import type { CustomerKind, CustomerTier } from "../../../shared/domain.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// The phone as digits only, without a mainland China country prefix (+86 / 0086 before an 11-digit
// mobile number): "+86 138-0000-0001", "(138) 0000 0001" and caller ID "13800000001" all compare
// equal. Mirrored by phoneDigits() in customer-search.ts.
const PHONE_DIGITS = sql`regexp_replace(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), '^(00)?86(1[0-9]{10})$', '\\2')`;

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
    // The structured address: a GB/T 2260 division code (province, city or district: see
    // src/shared/divisions.ts), the street and house number, and coordinates when known. The
    // service network's coverage is matched on the division.
    divisionCode: text("division_code"),
    street: text("street"),
    lat: real("lat"),
    lng: real("lng"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // Set when the customer's personal data was erased (modules/privacy): name is a pseudonym,
    // e-mail and phone are gone.
    erasedAt: tstz("erased_at"),
    phoneDigits: text("phone_digits").generatedAlwaysAs(PHONE_DIGITS),
    // Search tokens of name, e-mail and phone digits (the same text_search_tokens() as tickets):
    // staff search finds customers from an index, however many a tenant has.
    searchTokens: text("search_tokens")
      .array()
      .notNull()
      .generatedAlwaysAs(
        sql`text_search_tokens("name" || ' ' || coalesce("email", '') || ' ' || ${PHONE_DIGITS})`,
      ),
  },
  (t) => [
    index("customers_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("customers_tenant_division_idx").on(t.tenantId, t.divisionCode),
    index("customers_tenant_email_idx").on(t.tenantId, t.email),
    index("customers_tenant_phone_idx").on(t.tenantId, t.phone),
    index("customers_tenant_phone_digits_idx").on(t.tenantId, t.phoneDigits),
    index("customers_search_tokens_idx").using("gin", t.searchTokens),
  ],
);
