import { and, arrayContains, eq, ilike, like, or, type SQL, sql } from "drizzle-orm";
import { escapeLike, queryTokens } from "../../platform/text/search-tokens.js";
import { customers } from "./customers.tables.js";

// What staff type to find a customer: a name (刘明艳), an e-mail, or a phone number in any form
// ("138 0000 0001", "+86 138-0000-0001", "(0086) 13800000001", caller ID "13800000001", or a part
// of it). Name and e-mail are case-insensitive substrings; a phone compares digits only.

// The digits of q when q is written like a phone number (digits, spaces, + - ( ) . only, at least
// four digits), without a +86 / 0086 prefix before an 11-digit mobile number: the same
// normalisation as the stored customers.phone_digits column.
function phoneDigits(q: string): string | null {
  if (!/^[\d\s+\-().\u3000]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  if (digits.length < 4) return null;
  return digits.replace(/^(00)?86(1\d{10})$/, "$2");
}

// The condition on `customers` (the caller adds the tenant). Served by the GIN index on
// customers.search_tokens (name, e-mail and phone digits), or by the (tenant, phone_digits) index
// for a whole number; only a query with no usable token (one or two letters) scans the tenant's
// customers.
export function customerSearchCondition(q: string): SQL | undefined {
  const text = `%${escapeLike(q)}%`;
  const nameOrEmail = or(ilike(customers.name, text), ilike(customers.email, text));
  const tokens = queryTokens(q);
  const byText =
    tokens.length > 0 ? and(arrayContains(customers.searchTokens, tokens), nameOrEmail) : nameOrEmail;
  const digits = phoneDigits(q);
  if (!digits) return byText;
  // A whole mobile or landline number (11+ digits) is an equality: caller ID lookups use the index.
  const byPhone =
    digits.length >= 11
      ? eq(customers.phoneDigits, digits)
      : and(
          arrayContains(customers.searchTokens, queryTokens(digits)),
          like(customers.phoneDigits, `%${digits}%`),
        );
  return or(byText, byPhone);
}

// Customers owning a unit whose serial contains q. Raw table name on purpose: products depends on
// customers, so customers cannot import the units table; units.search_tokens holds the serial's
// tokens (migration 0013), so this is an index lookup too.
export function ownsUnitMatching(tenantId: string, q: string): SQL | undefined {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return undefined;
  return sql`${customers.id} in (select u.customer_id from units u where u.tenant_id = ${tenantId}
    and u.search_tokens @> ${sql.param(tokens)}::text[] and u.serial ilike ${`%${escapeLike(q)}%`})`;
}
