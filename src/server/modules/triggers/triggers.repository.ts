import { and, asc, eq, sql } from "drizzle-orm";
import { cachedConfig, configChanged } from "../../platform/config-cache.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { triggers } from "./triggers.tables.js";

export type TriggerRow = typeof triggers.$inferSelect;

const triggersKey = (tenantId: string) => `triggers:${tenantId}`;

// Every ticket change runs the tenant's triggers: the list is cached (platform/config-cache.ts).
export async function listTriggers(db: Db, tenantId: string, event?: "created" | "updated") {
  const all = await cachedConfig(db, triggersKey(tenantId), () =>
    db
      .select()
      .from(triggers)
      .where(eq(triggers.tenantId, tenantId))
      .orderBy(asc(triggers.position), asc(triggers.id)),
  );
  return event ? all.filter((t) => t.event === event) : all;
}

export async function nextPosition(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${triggers.position})` })
    .from(triggers)
    .where(eq(triggers.tenantId, tenantId));
  return Number(row?.max ?? 0) + 1;
}

export async function insertTrigger(db: Db, row: typeof triggers.$inferInsert): Promise<TriggerRow> {
  configChanged(db, triggersKey(row.tenantId));
  const [created] = await db.insert(triggers).values(row).returning();
  if (!created) throw new Error("insert triggers returned nothing");
  return created;
}

export async function updateTrigger(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof triggers.$inferInsert>,
): Promise<TriggerRow | undefined> {
  configChanged(db, triggersKey(tenantId));
  const [row] = await db
    .update(triggers)
    .set(patch)
    .where(and(eq(triggers.tenantId, tenantId), eq(triggers.id, id)))
    .returning();
  return row;
}

export async function deleteTrigger(db: Db, tenantId: string, id: string): Promise<boolean> {
  configChanged(db, triggersKey(tenantId));
  const rows = await db
    .delete(triggers)
    .where(and(eq(triggers.tenantId, tenantId), eq(triggers.id, id)))
    .returning({ id: triggers.id });
  return rows.length > 0;
}

export async function staffWithRole(db: Db, tenantId: string, role: "supervisor" | "admin") {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, role), eq(users.active, true)));
}
