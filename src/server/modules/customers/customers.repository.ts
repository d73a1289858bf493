import { and, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";
import type { CustomerTier } from "../../../shared/domain.js";
import type { Db } from "../../platform/db/client.js";
import type { Actor } from "../../platform/http/actor.js";
import { customerSearchCondition, ownsUnitMatching } from "./customer-search.js";
import { customers } from "./customers.tables.js";

export type CustomerRow = typeof customers.$inferSelect;

// Which customers an actor may see: staff all of the tenant, a dealer their outlet's, a customer themself.
export function customerVisibility(actor: Actor): SQL | undefined {
  if (actor.role === "customer") return eq(customers.id, actor.customerId ?? "-");
  if (actor.role === "dealer") return eq(customers.outletId, actor.outletId ?? "-");
  return undefined;
}

export async function findCustomer(
  db: Db,
  tenantId: string,
  id: string,
  visibility?: SQL,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id), visibility));
  return row;
}

export async function customerExists(db: Db, tenantId: string, id: string): Promise<boolean> {
  return (await findCustomer(db, tenantId, id)) !== undefined;
}

export async function insertCustomer(db: Db, row: typeof customers.$inferInsert): Promise<CustomerRow> {
  const [created] = await db.insert(customers).values(row).returning();
  if (!created) throw new Error("insert customers returned nothing");
  return created;
}

// Several customers in one INSERT, returned in the order of `rows`.
export async function insertCustomers(
  db: Db,
  rows: (typeof customers.$inferInsert & { id: string })[],
): Promise<CustomerRow[]> {
  if (rows.length === 0) return [];
  const created = new Map((await db.insert(customers).values(rows).returning()).map((c) => [c.id, c]));
  return rows.map((r) => {
    const row = created.get(r.id);
    if (!row) throw new Error("insert customers returned too few rows");
    return row;
  });
}

export async function updateCustomer(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof customers.$inferInsert>,
) {
  const [row] = await db
    .update(customers)
    .set(patch)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id)))
    .returning();
  return row;
}

export async function listCustomers(
  db: Db,
  tenantId: string,
  f: { visibility?: SQL; q?: string; tier?: CustomerTier; limit: number; afterId?: string },
): Promise<CustomerRow[]> {
  return db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, tenantId),
        f.visibility,
        f.tier ? eq(customers.tier, f.tier) : undefined,
        // Name, e-mail, phone in any written form, or the serial of a unit they own.
        f.q ? or(customerSearchCondition(f.q), ownsUnitMatching(tenantId, f.q)) : undefined,
        f.afterId ? lt(customers.id, f.afterId) : undefined,
      ),
    )
    .orderBy(desc(customers.id))
    .limit(f.limit);
}

// The phone as digits, without a mainland China prefix (+86 / 0086), as customers.phone_digits.
export const contactPhoneDigits = (s: string): string =>
  s.replace(/\D/g, "").replace(/^(00)?86(1\d{10})$/, "$2");

// A customer named by e-mail (case-insensitive), else by phone in any written form: how an owner
// names the person they hand a unit to, and how imports find a customer again.
export async function findCustomerByContact(
  db: Db,
  tenantId: string,
  contact: { email?: string | null; phone?: string | null },
): Promise<CustomerRow | undefined> {
  if (!contact.email && !contact.phone) return undefined;
  const [row] = await db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, tenantId),
        contact.email
          ? sql`lower(${customers.email}) = ${contact.email.trim().toLowerCase()}`
          : eq(customers.phoneDigits, contactPhoneDigits(contact.phone ?? "")),
      ),
    )
    .limit(1);
  return row;
}
