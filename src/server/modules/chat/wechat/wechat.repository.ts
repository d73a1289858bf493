import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { tenants } from "../../tenancy/index.js";
import { wechatAccounts, wechatFollowers, wechatSeen } from "./wechat.tables.js";

export type WechatAccountRow = typeof wechatAccounts.$inferSelect;
export type FollowerRow = typeof wechatFollowers.$inferSelect;

/** The account behind a callback URL: the tenant's slug names it. */
export async function accountBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ account: wechatAccounts, locale: tenants.defaultLocale })
    .from(wechatAccounts)
    .innerJoin(tenants, eq(tenants.id, wechatAccounts.tenantId))
    .where(eq(tenants.slug, slug));
  return row;
}

export async function accountOf(db: Db, tenantId: string): Promise<WechatAccountRow | undefined> {
  const [row] = await db.select().from(wechatAccounts).where(eq(wechatAccounts.tenantId, tenantId));
  return row;
}

export async function upsertAccount(db: Db, row: typeof wechatAccounts.$inferInsert): Promise<void> {
  const { tenantId: _, ...set } = row;
  await db
    .insert(wechatAccounts)
    .values(row)
    .onConflictDoUpdate({ target: wechatAccounts.tenantId, set: { ...set, updatedAt: sql`now()` } });
}

/** True the first time a key is seen in the tenant, false after (a replay or a retry). */
export async function firstSight(db: Db, tenantId: string, key: string): Promise<boolean> {
  const rows = await db
    .insert(wechatSeen)
    .values({ tenantId, key })
    .onConflictDoNothing()
    .returning({ key: wechatSeen.key });
  return rows.length > 0;
}

export async function seen(db: Db, tenantId: string, key: string): Promise<boolean> {
  const [row] = await db
    .select({ key: wechatSeen.key })
    .from(wechatSeen)
    .where(and(eq(wechatSeen.tenantId, tenantId), eq(wechatSeen.key, key)));
  return Boolean(row);
}

export async function forgetSeenBefore(db: Db, before: Date): Promise<void> {
  await db.delete(wechatSeen).where(lt(wechatSeen.seenAt, before));
}

export async function findFollower(
  db: Db,
  tenantId: string,
  openId: string,
): Promise<FollowerRow | undefined> {
  const [row] = await db
    .select()
    .from(wechatFollowers)
    .where(and(eq(wechatFollowers.tenantId, tenantId), eq(wechatFollowers.openId, openId)));
  return row;
}

/** Creates the follower on first contact; `subscribed` moves with (un)subscribe events. */
export async function touchFollower(
  db: Db,
  tenantId: string,
  openId: string,
  subscribed = true,
): Promise<FollowerRow> {
  const [row] = await db
    .insert(wechatFollowers)
    .values({ tenantId, openId, subscribed })
    .onConflictDoUpdate({
      target: [wechatFollowers.tenantId, wechatFollowers.openId],
      set: { subscribed, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("follower upsert returned nothing");
  return row;
}

export async function updateFollower(
  db: Db,
  tenantId: string,
  openId: string,
  set: Partial<Omit<FollowerRow, "tenantId" | "openId" | "createdAt">>,
): Promise<void> {
  await db
    .update(wechatFollowers)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(wechatFollowers.tenantId, tenantId), eq(wechatFollowers.openId, openId)));
}

/** The OpenIDs bound to a customer who still follow the account (notices go to each). */
export async function followersOfCustomer(db: Db, tenantId: string, customerId: string): Promise<string[]> {
  const rows = await db
    .select({ openId: wechatFollowers.openId })
    .from(wechatFollowers)
    .where(
      and(
        eq(wechatFollowers.tenantId, tenantId),
        eq(wechatFollowers.customerId, customerId),
        eq(wechatFollowers.subscribed, true),
      ),
    );
  return rows.map((r) => r.openId);
}
