import { and, desc, eq, lt, sql } from "drizzle-orm";
import { cachedConfig, configChanged } from "../../platform/config-cache.js";
import type { Db } from "../../platform/db/client.js";
import { webhookDeliveries, webhookSubscriptions } from "./webhooks.tables.js";

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const subWhere = (tenantId: string, id: string) =>
  and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, id));
const deliveryWhere = (tenantId: string, id: string) =>
  and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, id));

export async function listSubscriptions(db: Db, tenantId: string): Promise<SubscriptionRow[]> {
  return db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.tenantId, tenantId))
    .orderBy(webhookSubscriptions.id);
}

export async function findSubscription(
  db: Db,
  tenantId: string,
  id: string,
): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(subWhere(tenantId, id));
  return row;
}

// Locked: delivery bookkeeping and admin changes to one subscription take turns.
export async function lockSubscription(
  db: Db,
  tenantId: string,
  id: string,
): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(subWhere(tenantId, id)).for("update");
  return row;
}

export async function insertSubscription(db: Db, row: typeof webhookSubscriptions.$inferInsert) {
  configChanged(db, activeKey(row.tenantId));
  const [created] = await db.insert(webhookSubscriptions).values(row).returning();
  if (!created) throw new Error("webhook subscription insert returned nothing");
  return created;
}

export async function updateSubscription(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<typeof webhookSubscriptions.$inferInsert>,
): Promise<SubscriptionRow | undefined> {
  if (set.active !== undefined || set.eventTypes !== undefined) configChanged(db, activeKey(tenantId));
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(subWhere(tenantId, id))
    .returning();
  return row;
}

export async function deleteSubscription(db: Db, tenantId: string, id: string): Promise<boolean> {
  configChanged(db, activeKey(tenantId));
  const rows = await db
    .delete(webhookSubscriptions)
    .where(subWhere(tenantId, id))
    .returning({ id: webhookSubscriptions.id });
  await db
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.subscriptionId, id)));
  return rows.length > 0;
}

// Every ticket change asks which subscriptions hear it: the tenant's active ones are cached like
// other tenant configuration (platform/config-cache.ts), and every write here drops the entry.
const activeKey = (tenantId: string) => `webhooks:${tenantId}`;
export type ActiveSubscription = { id: string; eventTypes: string[] };

export async function activeSubscriptions(db: Db, tenantId: string): Promise<ActiveSubscription[]> {
  return cachedConfig(db, activeKey(tenantId), () =>
    db
      .select({ id: webhookSubscriptions.id, eventTypes: webhookSubscriptions.eventTypes })
      .from(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.active, true))),
  );
}

export async function insertDeliveries(
  db: Db,
  rows: (typeof webhookDeliveries.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(webhookDeliveries).values(rows);
}

export async function findDelivery(db: Db, tenantId: string, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.select().from(webhookDeliveries).where(deliveryWhere(tenantId, id));
  return row;
}

export async function updateDelivery(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<typeof webhookDeliveries.$inferInsert>,
): Promise<void> {
  await db.update(webhookDeliveries).set(set).where(deliveryWhere(tenantId, id));
}

// Newest first; ids are time-sortable, so the id alone is the keyset.
export async function listDeliveries(
  db: Db,
  tenantId: string,
  subscriptionId: string,
  before: string | null,
  limit: number,
): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        before ? lt(webhookDeliveries.id, before) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
}
