import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { unitPlans, unitRepairs, warrantyPlans, warrantySettings } from "./warranty.tables.js";

export type UnitRepairRow = typeof unitRepairs.$inferSelect;

export async function findWarrantySettings(
  db: Db,
  tenantId: string,
): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ overrides: warrantySettings.overrides })
    .from(warrantySettings)
    .where(eq(warrantySettings.tenantId, tenantId));
  return row?.overrides ?? null;
}

export async function saveWarrantySettings(
  db: Db,
  tenantId: string,
  overrides: Record<string, unknown>,
  by: string,
  at: Date,
): Promise<void> {
  await db
    .insert(warrantySettings)
    .values({ tenantId, overrides, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({
      target: warrantySettings.tenantId,
      set: { overrides, updatedBy: by, updatedAt: at },
    });
}

export async function listUnitRepairs(db: Db, tenantId: string, unitId: string): Promise<UnitRepairRow[]> {
  return db
    .select()
    .from(unitRepairs)
    .where(and(eq(unitRepairs.tenantId, tenantId), eq(unitRepairs.unitId, unitId)))
    .orderBy(asc(unitRepairs.start), asc(unitRepairs.id))
    .limit(200);
}

export async function insertUnitRepair(db: Db, row: typeof unitRepairs.$inferInsert): Promise<void> {
  await db.insert(unitRepairs).values(row);
}

export type WarrantyPlanRow = typeof warrantyPlans.$inferSelect;
export type UnitPlanRow = typeof unitPlans.$inferSelect;

export async function listWarrantyPlans(db: Db, tenantId: string): Promise<WarrantyPlanRow[]> {
  return db
    .select()
    .from(warrantyPlans)
    .where(eq(warrantyPlans.tenantId, tenantId))
    .orderBy(asc(warrantyPlans.createdAt), asc(warrantyPlans.id))
    .limit(200);
}

export async function findWarrantyPlan(
  db: Db,
  tenantId: string,
  id: string,
): Promise<WarrantyPlanRow | null> {
  const [row] = await db
    .select()
    .from(warrantyPlans)
    .where(and(eq(warrantyPlans.tenantId, tenantId), eq(warrantyPlans.id, id)));
  return row ?? null;
}

export async function insertWarrantyPlan(db: Db, row: typeof warrantyPlans.$inferInsert): Promise<void> {
  await db.insert(warrantyPlans).values(row);
}

export async function updateWarrantyPlan(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<typeof warrantyPlans.$inferInsert>,
): Promise<void> {
  await db
    .update(warrantyPlans)
    .set(set)
    .where(and(eq(warrantyPlans.tenantId, tenantId), eq(warrantyPlans.id, id)));
}

export async function listUnitPlans(db: Db, tenantId: string, unitId: string): Promise<UnitPlanRow[]> {
  return db
    .select()
    .from(unitPlans)
    .where(and(eq(unitPlans.tenantId, tenantId), eq(unitPlans.unitId, unitId)))
    .orderBy(asc(unitPlans.endsAt), asc(unitPlans.id))
    .limit(50);
}

export async function insertUnitPlan(db: Db, row: typeof unitPlans.$inferInsert): Promise<void> {
  await db.insert(unitPlans).values(row);
}
