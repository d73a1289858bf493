import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { agentPresence, type PresenceStatus } from "./presence.tables.js";

export async function findPresence(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select()
    .from(agentPresence)
    .where(and(eq(agentPresence.tenantId, tenantId), eq(agentPresence.userId, userId)));
  return row;
}

export async function upsertPresence(
  db: Db,
  tenantId: string,
  userId: string,
  status: PresenceStatus,
  at: Date,
): Promise<void> {
  await db
    .insert(agentPresence)
    .values({ tenantId, userId, status, lastSeenAt: at, changedAt: at })
    .onConflictDoUpdate({
      target: [agentPresence.tenantId, agentPresence.userId],
      set: { status, lastSeenAt: at, changedAt: at },
    });
}

export async function touchPresence(db: Db, tenantId: string, userId: string, at: Date) {
  const [row] = await db
    .update(agentPresence)
    .set({ lastSeenAt: at })
    .where(and(eq(agentPresence.tenantId, tenantId), eq(agentPresence.userId, userId)))
    .returning();
  return row;
}

// Online agents silent since `cutoff` go offline; returns who did.
export async function expirePresence(db: Db, tenantId: string, cutoff: Date, at: Date): Promise<string[]> {
  const rows = await db
    .update(agentPresence)
    .set({ status: "offline", changedAt: at })
    .where(
      and(
        eq(agentPresence.tenantId, tenantId),
        eq(agentPresence.status, "online"),
        lt(agentPresence.lastSeenAt, cutoff),
      ),
    )
    .returning({ userId: agentPresence.userId });
  return rows.map((r) => r.userId);
}

export async function oldestOnlineSeen(db: Db, tenantId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | null>`min(${agentPresence.lastSeenAt})` })
    .from(agentPresence)
    .where(and(eq(agentPresence.tenantId, tenantId), eq(agentPresence.status, "online")));
  return row?.at ? new Date(row.at) : null;
}
