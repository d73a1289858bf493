import { and, arrayContains, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { users } from "../../auth/index.js";
import { type ArticleStatus, kbSops, kbSopVersions, kbTicketSopSteps } from "../knowledge.tables.js";

export type SopRow = typeof kbSops.$inferSelect;

export async function findSop(db: Db, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(kbSops)
    .where(and(eq(kbSops.tenantId, tenantId), eq(kbSops.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export const listSopRows = (db: Db, tenantId: string, status?: ArticleStatus) =>
  db
    .select()
    .from(kbSops)
    .where(and(eq(kbSops.tenantId, tenantId), status ? eq(kbSops.status, status) : undefined))
    .orderBy(asc(kbSops.scene), asc(kbSops.titleZh), asc(kbSops.id));

export async function insertSop(db: Db, row: typeof kbSops.$inferInsert): Promise<SopRow> {
  const [saved] = await db.insert(kbSops).values(row).returning();
  if (!saved) throw new Error("SOP insert returned nothing");
  return saved;
}

export async function updateSopRow(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof kbSops.$inferInsert>,
): Promise<SopRow> {
  const [saved] = await db
    .update(kbSops)
    .set(patch)
    .where(and(eq(kbSops.tenantId, tenantId), eq(kbSops.id, id)))
    .returning();
  if (!saved) throw new Error(`SOP ${id} vanished inside its transaction`);
  return saved;
}

export const insertSopVersion = (db: Db, row: typeof kbSopVersions.$inferInsert) =>
  db.insert(kbSopVersions).values(row);

export const listSopVersions = (db: Db, tenantId: string, sopId: string) =>
  db
    .select({
      version: kbSopVersions.version,
      status: kbSopVersions.status,
      changedBy: kbSopVersions.changedBy,
      changedByName: users.name,
      changedAt: kbSopVersions.changedAt,
    })
    .from(kbSopVersions)
    .leftJoin(users, and(eq(users.tenantId, kbSopVersions.tenantId), eq(users.id, kbSopVersions.changedBy)))
    .where(and(eq(kbSopVersions.tenantId, tenantId), eq(kbSopVersions.sopId, sopId)))
    .orderBy(desc(kbSopVersions.version));

// The published SOPs for a ticket of this type and these product lines (an SOP without a product
// line applies to every one).
export const applicableSops = (db: Db, tenantId: string, ticketType: string, productLines: string[]) =>
  db
    .select()
    .from(kbSops)
    .where(
      and(
        eq(kbSops.tenantId, tenantId),
        eq(kbSops.status, "published"),
        arrayContains(kbSops.ticketTypes, [ticketType]),
        productLines.length > 0
          ? or(isNull(kbSops.productLine), inArray(kbSops.productLine, productLines))
          : isNull(kbSops.productLine),
      ),
    )
    .orderBy(asc(kbSops.titleZh), asc(kbSops.id));

export const ticketSopSteps = (db: Db, tenantId: string, ticketId: string) =>
  db
    .select({
      sopId: kbTicketSopSteps.sopId,
      stepId: kbTicketSopSteps.stepId,
      doneBy: kbTicketSopSteps.doneBy,
      doneByName: users.name,
      doneAt: kbTicketSopSteps.doneAt,
    })
    .from(kbTicketSopSteps)
    .leftJoin(
      users,
      and(eq(users.tenantId, kbTicketSopSteps.tenantId), eq(users.id, kbTicketSopSteps.doneBy)),
    )
    .where(and(eq(kbTicketSopSteps.tenantId, tenantId), eq(kbTicketSopSteps.ticketId, ticketId)));

export async function setSopStep(
  db: Db,
  key: { tenantId: string; ticketId: string; sopId: string; stepId: string },
  done: { by: string; at: Date } | null,
): Promise<boolean> {
  const where = and(
    eq(kbTicketSopSteps.tenantId, key.tenantId),
    eq(kbTicketSopSteps.ticketId, key.ticketId),
    eq(kbTicketSopSteps.sopId, key.sopId),
    eq(kbTicketSopSteps.stepId, key.stepId),
  );
  if (!done) return (await db.delete(kbTicketSopSteps).where(where).returning()).length > 0;
  const rows = await db
    .insert(kbTicketSopSteps)
    .values({ ...key, doneBy: done.by, doneAt: done.at })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}
