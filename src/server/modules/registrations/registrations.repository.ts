import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { customers } from "../customers/index.js";
import { products } from "../products/index.js";
import { unitRegistrations } from "./registrations.tables.js";

export type RegistrationRow = typeof unitRegistrations.$inferSelect;
export type RegistrationWithNames = RegistrationRow & {
  productSku: string;
  productName: string;
  productNameEn: string | null;
  customerName: string;
};

export async function insertRegistration(db: Db, row: typeof unitRegistrations.$inferInsert): Promise<void> {
  await db.insert(unitRegistrations).values(row);
}

const withNames = {
  registration: unitRegistrations,
  productSku: products.sku,
  productName: products.name,
  productNameEn: products.nameEn,
  customerName: customers.name,
};

function joined(db: Db) {
  return db
    .select(withNames)
    .from(unitRegistrations)
    .innerJoin(
      products,
      and(eq(products.tenantId, unitRegistrations.tenantId), eq(products.id, unitRegistrations.productId)),
    )
    .innerJoin(
      customers,
      and(eq(customers.tenantId, unitRegistrations.tenantId), eq(customers.id, unitRegistrations.customerId)),
    );
}

type Joined = { registration: RegistrationRow } & Omit<RegistrationWithNames, keyof RegistrationRow>;
const flatten = ({ registration, ...names }: Joined): RegistrationWithNames => ({
  ...registration,
  ...names,
});

export async function findRegistration(
  db: Db,
  tenantId: string,
  id: string,
  // A condition on the claimant's customer row (customerVisibility): a customer sees their own
  // claims, a dealer those of its outlet's customers, staff all.
  visibility?: SQL,
): Promise<RegistrationWithNames | undefined> {
  const [row] = await joined(db).where(
    and(eq(unitRegistrations.tenantId, tenantId), eq(unitRegistrations.id, id), visibility),
  );
  return row ? flatten(row) : undefined;
}

export async function lockRegistration(
  db: Db,
  tenantId: string,
  id: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(unitRegistrations)
    .where(and(eq(unitRegistrations.tenantId, tenantId), eq(unitRegistrations.id, id)))
    .for("update");
  return row;
}

export async function listRegistrations(
  db: Db,
  tenantId: string,
  f: { status?: string; visibility?: SQL; limit: number; afterId?: string },
): Promise<RegistrationWithNames[]> {
  const rows = await joined(db)
    .where(
      and(
        eq(unitRegistrations.tenantId, tenantId),
        f.status ? eq(unitRegistrations.status, f.status) : undefined,
        f.visibility,
        f.afterId ? lt(unitRegistrations.id, f.afterId) : undefined,
      ),
    )
    .orderBy(desc(unitRegistrations.id))
    .limit(f.limit);
  return rows.map(flatten);
}

export async function updateRegistration(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof unitRegistrations.$inferInsert>,
): Promise<void> {
  await db
    .update(unitRegistrations)
    .set(patch)
    .where(and(eq(unitRegistrations.tenantId, tenantId), eq(unitRegistrations.id, id)));
}
