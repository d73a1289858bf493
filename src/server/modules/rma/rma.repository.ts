import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { rmaCounters, rmaSteps, rmas } from "./rma.tables.js";

export type RmaRow = typeof rmas.$inferSelect;
export type RmaStepRow = typeof rmaSteps.$inferSelect;

// The tenant's next RMA number, in the creating transaction (the row lock orders concurrent openings).
export async function nextRmaNumber(db: Db, tenantId: string): Promise<string> {
  const [row] = await db
    .insert(rmaCounters)
    .values({ tenantId, last: 1 })
    .onConflictDoUpdate({ target: rmaCounters.tenantId, set: { last: sql`${rmaCounters.last} + 1` } })
    .returning({ last: rmaCounters.last });
  if (!row) throw new Error("rma counter returned nothing");
  return `RMA-${String(row.last).padStart(6, "0")}`;
}

export async function insertRma(db: Db, row: typeof rmas.$inferInsert): Promise<RmaRow> {
  const [created] = await db.insert(rmas).values(row).returning();
  if (!created) throw new Error("insert rmas returned nothing");
  return created;
}

// By id or by number; `customerId` limits it to one customer's (portal).
export async function findRma(
  db: Db,
  tenantId: string,
  ref: string,
  opts: { customerId?: string; forUpdate?: boolean } = {},
): Promise<RmaRow | undefined> {
  const query = db
    .select()
    .from(rmas)
    .where(
      and(
        eq(rmas.tenantId, tenantId),
        ref.startsWith("RMA-") ? eq(rmas.number, ref) : eq(rmas.id, ref),
        opts.customerId ? eq(rmas.customerId, opts.customerId) : undefined,
      ),
    );
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  return row;
}

export async function updateRma(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof rmas.$inferInsert>,
): Promise<RmaRow> {
  const [row] = await db
    .update(rmas)
    .set(patch)
    .where(and(eq(rmas.tenantId, tenantId), eq(rmas.id, id)))
    .returning();
  if (!row) throw new Error(`rma ${id} vanished inside its transaction`);
  return row;
}

export async function listRmas(
  db: Db,
  tenantId: string,
  f: {
    statuses?: string[];
    kind?: string;
    ticketId?: string;
    customerId?: string;
    unitSerial?: string;
    limit: number;
    beforeId?: string;
  },
): Promise<RmaRow[]> {
  return db
    .select()
    .from(rmas)
    .where(
      and(
        eq(rmas.tenantId, tenantId),
        f.statuses?.length ? inArray(rmas.status, f.statuses) : undefined,
        f.kind ? eq(rmas.kind, f.kind) : undefined,
        f.ticketId ? eq(rmas.ticketId, f.ticketId) : undefined,
        f.customerId ? eq(rmas.customerId, f.customerId) : undefined,
        f.unitSerial ? eq(rmas.unitSerial, f.unitSerial) : undefined,
        f.beforeId ? lt(rmas.id, f.beforeId) : undefined,
      ),
    )
    .orderBy(desc(rmas.id))
    .limit(f.limit);
}

export async function insertRmaStep(db: Db, row: typeof rmaSteps.$inferInsert): Promise<void> {
  await db.insert(rmaSteps).values(row);
}

export async function listRmaSteps(db: Db, tenantId: string, rmaId: string): Promise<RmaStepRow[]> {
  return db
    .select()
    .from(rmaSteps)
    .where(and(eq(rmaSteps.tenantId, tenantId), eq(rmaSteps.rmaId, rmaId)))
    .orderBy(asc(rmaSteps.at), asc(rmaSteps.id));
}
