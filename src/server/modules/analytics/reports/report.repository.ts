import { and, asc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { analyticsReports } from "./report.tables.js";

export type ReportRow = typeof analyticsReports.$inferSelect & { ownerName: string };

// Its owner, and the users of a role it is shared with, see a report; anyone else gets "not found".
const visibleTo = (actor: Actor) =>
  and(
    eq(analyticsReports.tenantId, actor.tenantId),
    or(eq(analyticsReports.ownerId, actor.userId), sql`${actor.role} = any(${analyticsReports.sharedWith})`),
  );

const withOwnerName = {
  id: analyticsReports.id,
  tenantId: analyticsReports.tenantId,
  name: analyticsReports.name,
  definition: analyticsReports.definition,
  sharedWith: analyticsReports.sharedWith,
  ownerId: analyticsReports.ownerId,
  createdAt: analyticsReports.createdAt,
  updatedAt: analyticsReports.updatedAt,
  // A plain read of the owner's name (auth's table is read, never written).
  ownerName: sql<string>`coalesce((select u.name from users u where u.tenant_id = ${analyticsReports.tenantId} and u.id = ${analyticsReports.ownerId}), '')`,
};

export async function findVisibleReport(db: Db, actor: Actor, id: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select(withOwnerName)
    .from(analyticsReports)
    .where(and(visibleTo(actor), eq(analyticsReports.id, id)));
  return row;
}

export function listVisibleReports(db: Db, actor: Actor): Promise<ReportRow[]> {
  return db
    .select(withOwnerName)
    .from(analyticsReports)
    .where(visibleTo(actor))
    .orderBy(asc(analyticsReports.name), asc(analyticsReports.id))
    .limit(500);
}

export async function insertReport(db: Db, row: typeof analyticsReports.$inferInsert): Promise<void> {
  await db.insert(analyticsReports).values(row);
}

export async function updateReport(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<typeof analyticsReports.$inferInsert>,
): Promise<void> {
  await db
    .update(analyticsReports)
    .set(set)
    .where(and(eq(analyticsReports.tenantId, tenantId), eq(analyticsReports.id, id)));
}

export async function deleteReport(db: Db, tenantId: string, id: string): Promise<void> {
  await db
    .delete(analyticsReports)
    .where(and(eq(analyticsReports.tenantId, tenantId), eq(analyticsReports.id, id)));
}
