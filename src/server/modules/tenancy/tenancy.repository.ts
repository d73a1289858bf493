import { and, asc, eq } from "drizzle-orm";
import { cachedConfig, configChanged } from "../../platform/config-cache.js";
import type { Db } from "../../platform/db/client.js";
import { outlets, tenants } from "./tenancy.tables.js";

export type TenantRow = typeof tenants.$inferSelect;

export async function findTenant(db: Db, tenantId: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  return row;
}

// Timezone and auto-close days are read on every ticket creation and transition and change
// rarely: cached with the rest of the tenant configuration (platform/config-cache.ts).
const settingsKey = (tenantId: string) => `tenant-settings:${tenantId}`;

export function tenantSettings(db: Db, tenantId: string): Promise<TenantRow | undefined> {
  return cachedConfig(db, settingsKey(tenantId), () => findTenant(db, tenantId));
}

export async function updateTenant(
  db: Db,
  tenantId: string,
  patch: Partial<typeof tenants.$inferInsert>,
): Promise<TenantRow | undefined> {
  // An empty patch changes nothing: answer with the tenant as it is.
  if (Object.keys(patch).length === 0) return findTenant(db, tenantId);
  configChanged(db, settingsKey(tenantId));
  const [row] = await db.update(tenants).set(patch).where(eq(tenants.id, tenantId)).returning();
  return row;
}

export async function insertTenant(db: Db, row: typeof tenants.$inferInsert): Promise<TenantRow> {
  const [created] = await db.insert(tenants).values(row).returning();
  if (!created) throw new Error("insert tenants returned nothing");
  return created;
}

export async function outletExists(db: Db, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: outlets.id })
    .from(outlets)
    .where(and(eq(outlets.tenantId, tenantId), eq(outlets.id, id)));
  return rows.length > 0;
}

export async function listOutlets(db: Db, tenantId: string) {
  return db.select().from(outlets).where(eq(outlets.tenantId, tenantId)).orderBy(asc(outlets.name));
}

export async function insertOutlet(db: Db, row: typeof outlets.$inferInsert) {
  await db.insert(outlets).values(row);
}

export async function listTenants(db: Db): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.id));
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return rows.length > 0;
}
