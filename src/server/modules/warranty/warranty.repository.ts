import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { unitRepairs, warrantySettings } from "./warranty.tables.js";

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
