import { and, asc, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  improvementEvidence,
  improvementItems,
  improvementWeights,
  kanoAnswers,
  pdcaCycles,
  pdcaHistory,
  pdcaTasks,
} from "./improvement.tables.js";
import { DEFAULT_WEIGHTS, type Weights } from "./scoring.js";

export type ItemRow = typeof improvementItems.$inferSelect;
export type EvidenceRow = typeof improvementEvidence.$inferSelect;
export type CycleRow = typeof pdcaCycles.$inferSelect;
export type TaskRow = typeof pdcaTasks.$inferSelect;

export async function listItems(db: Db, tenantId: string): Promise<ItemRow[]> {
  return db.select().from(improvementItems).where(eq(improvementItems.tenantId, tenantId));
}

export async function findItem(db: Db, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(improvementItems)
    .where(and(eq(improvementItems.tenantId, tenantId), eq(improvementItems.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function findItemByKanoToken(db: Db, token: string) {
  const [row] = await db.select().from(improvementItems).where(eq(improvementItems.kanoToken, token));
  return row;
}

export async function evidenceOf(db: Db, tenantId: string, itemId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(improvementEvidence)
    .where(and(eq(improvementEvidence.tenantId, tenantId), eq(improvementEvidence.itemId, itemId)))
    .orderBy(asc(improvementEvidence.createdAt), asc(improvementEvidence.id));
}

export async function evidenceCounts(db: Db, tenantId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ itemId: improvementEvidence.itemId, n: sql<number>`count(*)::int` })
    .from(improvementEvidence)
    .where(eq(improvementEvidence.tenantId, tenantId))
    .groupBy(improvementEvidence.itemId);
  return new Map(rows.map((r) => [r.itemId, Number(r.n)]));
}

export async function tenantWeights(db: Db, tenantId: string): Promise<Weights> {
  const [row] = await db.select().from(improvementWeights).where(eq(improvementWeights.tenantId, tenantId));
  return row ? { ...DEFAULT_WEIGHTS, ...(row.weights as Partial<Weights>) } : DEFAULT_WEIGHTS;
}

export async function saveWeights(tx: Db, tenantId: string, weights: Weights, by: string, at: Date) {
  await tx
    .insert(improvementWeights)
    .values({ tenantId, weights, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({
      target: improvementWeights.tenantId,
      set: { weights, updatedBy: by, updatedAt: at },
    });
}

export async function kanoPairs(db: Db, tenantId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: kanoAnswers.itemId,
      functional: kanoAnswers.functional,
      dysfunctional: kanoAnswers.dysfunctional,
    })
    .from(kanoAnswers)
    .where(and(eq(kanoAnswers.tenantId, tenantId), inArray(kanoAnswers.itemId, itemIds)));
}

export async function cyclesOf(db: Db, tenantId: string, itemId: string): Promise<CycleRow[]> {
  return db
    .select()
    .from(pdcaCycles)
    .where(and(eq(pdcaCycles.tenantId, tenantId), eq(pdcaCycles.itemId, itemId)))
    .orderBy(desc(pdcaCycles.iteration));
}

/** The phase of each item's latest cycle. */
export async function latestPhases(db: Db, tenantId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectDistinctOn([pdcaCycles.itemId], { itemId: pdcaCycles.itemId, phase: pdcaCycles.phase })
    .from(pdcaCycles)
    .where(eq(pdcaCycles.tenantId, tenantId))
    .orderBy(pdcaCycles.itemId, desc(pdcaCycles.iteration));
  return new Map(rows.map((r) => [r.itemId, r.phase]));
}

export async function runningCycle(db: Db, tenantId: string, itemId: string) {
  const [row] = await db
    .select({ id: pdcaCycles.id })
    .from(pdcaCycles)
    .where(
      and(
        eq(pdcaCycles.tenantId, tenantId),
        eq(pdcaCycles.itemId, itemId),
        notInArray(pdcaCycles.phase, ["closed"]),
      ),
    );
  return row;
}

export async function findCycle(db: Db, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(pdcaCycles)
    .where(and(eq(pdcaCycles.tenantId, tenantId), eq(pdcaCycles.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function cyclesDueBetween(db: Db, tenantId: string, from: string, to: string) {
  return db
    .select({ cycle: pdcaCycles, itemTitle: improvementItems.title })
    .from(pdcaCycles)
    .innerJoin(
      improvementItems,
      and(eq(improvementItems.tenantId, pdcaCycles.tenantId), eq(improvementItems.id, pdcaCycles.itemId)),
    )
    .where(and(eq(pdcaCycles.tenantId, tenantId), sql`${pdcaCycles.dueDate} between ${from} and ${to}`))
    .orderBy(asc(pdcaCycles.dueDate), asc(pdcaCycles.id));
}

export async function tasksOf(db: Db, tenantId: string, cycleIds: string[]): Promise<TaskRow[]> {
  if (cycleIds.length === 0) return [];
  return db
    .select()
    .from(pdcaTasks)
    .where(and(eq(pdcaTasks.tenantId, tenantId), inArray(pdcaTasks.cycleId, cycleIds)))
    .orderBy(asc(pdcaTasks.createdAt), asc(pdcaTasks.id));
}

export async function historyOf(db: Db, tenantId: string, cycleIds: string[]) {
  if (cycleIds.length === 0) return [];
  return db
    .select()
    .from(pdcaHistory)
    .where(and(eq(pdcaHistory.tenantId, tenantId), inArray(pdcaHistory.cycleId, cycleIds)))
    .orderBy(asc(pdcaHistory.cycleId), asc(pdcaHistory.seq));
}

export async function appendHistory(
  tx: Db,
  row: Omit<typeof pdcaHistory.$inferInsert, "seq">,
): Promise<void> {
  const [last] = await tx
    .select({ seq: sql<number>`coalesce(max(${pdcaHistory.seq}), 0)::int` })
    .from(pdcaHistory)
    .where(and(eq(pdcaHistory.tenantId, row.tenantId), eq(pdcaHistory.cycleId, row.cycleId)));
  await tx.insert(pdcaHistory).values({ ...row, seq: Number(last?.seq ?? 0) + 1 });
}
