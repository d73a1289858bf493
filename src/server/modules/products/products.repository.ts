import { and, asc, desc, eq, ilike, inArray, lt, or } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { customers } from "../customers/index.js";
import { products, units } from "./products.tables.js";

export type ProductRow = typeof products.$inferSelect;
export type UnitWithProduct = Omit<typeof units.$inferSelect, "searchTokens"> & {
  productSku: string;
  productName: string;
  productNameEn: string | null;
  productSkills: string[];
  productWarrantyMonths: number;
  productSanbaoRule: string | null;
  productSanbaoCategory: string | null;
  // Only in lists (listUnits), so a screen can name the owner without a customer lookup per row.
  customerName?: string;
};

const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export async function insertProduct(db: Db, row: typeof products.$inferInsert): Promise<ProductRow> {
  const [created] = await db.insert(products).values(row).returning();
  if (!created) throw new Error("insert products returned nothing");
  return created;
}

export async function updateProduct(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof products.$inferInsert>,
) {
  if (Object.keys(patch).length === 0) {
    const [current] = await db
      .select()
      .from(products)
      .where(and(eq(products.tenantId, tenantId), eq(products.id, id)));
    return current;
  }
  const [row] = await db
    .update(products)
    .set(patch)
    .where(and(eq(products.tenantId, tenantId), eq(products.id, id)))
    .returning();
  return row;
}

export async function findProductBySku(
  db: Db,
  tenantId: string,
  sku: string,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.tenantId, tenantId), eq(products.sku, sku)));
  return row;
}

export async function listProducts(db: Db, tenantId: string, q?: string): Promise<ProductRow[]> {
  return db
    .select()
    .from(products)
    .where(
      and(
        eq(products.tenantId, tenantId),
        q
          ? or(ilike(products.name, like(q)), ilike(products.nameEn, like(q)), ilike(products.sku, like(q)))
          : undefined,
      ),
    )
    .orderBy(asc(products.sku))
    .limit(1000);
}

const unitColumns = {
  id: units.id,
  tenantId: units.tenantId,
  serial: units.serial,
  productId: units.productId,
  customerId: units.customerId,
  purchasedAt: units.purchasedAt,
  warrantyEndsAt: units.warrantyEndsAt,
  invoiceDate: units.invoiceDate,
  deliveryDate: units.deliveryDate,
  saleChannel: units.saleChannel,
  hasInvoice: units.hasInvoice,
  hasVoucher: units.hasVoucher,
  invoicePrice: units.invoicePrice,
  exchangedOn: units.exchangedOn,
  exchangedFromSerial: units.exchangedFromSerial,
  createdAt: units.createdAt,
  productSku: products.sku,
  productName: products.name,
  productNameEn: products.nameEn,
  productSkills: products.skills,
  productWarrantyMonths: products.warrantyMonths,
  productSanbaoRule: products.sanbaoRule,
  productSanbaoCategory: products.sanbaoCategory,
};

export async function insertUnit(db: Db, row: typeof units.$inferInsert): Promise<void> {
  await db.insert(units).values(row);
}

export async function updateUnitRow(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof units.$inferInsert>,
): Promise<void> {
  await db
    .update(units)
    .set(patch)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, id)));
}

export async function findUnitBySerial(
  db: Db,
  tenantId: string,
  serial: string,
  customerId?: string,
): Promise<UnitWithProduct | undefined> {
  const [row] = await db
    .select(unitColumns)
    .from(units)
    .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
    .where(
      and(
        eq(units.tenantId, tenantId),
        eq(units.serial, serial),
        customerId ? eq(units.customerId, customerId) : undefined,
      ),
    );
  return row;
}

export async function listUnits(
  db: Db,
  tenantId: string,
  f: { customerId?: string; outletId?: string; q?: string; limit: number; afterId?: string },
): Promise<UnitWithProduct[]> {
  return db
    .select({ ...unitColumns, customerName: customers.name })
    .from(units)
    .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
    .innerJoin(customers, and(eq(customers.tenantId, units.tenantId), eq(customers.id, units.customerId)))
    .where(
      and(
        eq(units.tenantId, tenantId),
        f.customerId ? eq(units.customerId, f.customerId) : undefined,
        f.outletId
          ? inArray(
              units.customerId,
              db
                .select({ id: customers.id })
                .from(customers)
                .where(and(eq(customers.tenantId, tenantId), eq(customers.outletId, f.outletId))),
            )
          : undefined,
        f.q
          ? or(
              ilike(units.serial, like(f.q)),
              ilike(products.name, like(f.q)),
              ilike(products.nameEn, like(f.q)),
            )
          : undefined,
        f.afterId ? lt(units.id, f.afterId) : undefined,
      ),
    )
    .orderBy(desc(units.id))
    .limit(f.limit);
}
