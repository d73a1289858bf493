import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { users } from "../../auth/index.js";
import { type GapSource, kbArticles, kbGaps } from "../knowledge.tables.js";

export type GapRow = typeof kbGaps.$inferSelect;
export type GapStatus = "open" | "addressed" | "dismissed";

export async function recordGap(
  db: Db,
  tenantId: string,
  question: string,
  source: GapSource,
  at: Date,
): Promise<void> {
  await db
    .insert(kbGaps)
    .values({ id: newId("kbg"), tenantId, question, source, lastAskedAt: at })
    .onConflictDoUpdate({
      target: [kbGaps.tenantId, kbGaps.question],
      set: { asked: sql`${kbGaps.asked} + 1`, lastAskedAt: at, source },
    });
}

const statusWhere = (status: GapStatus) =>
  status === "dismissed"
    ? isNotNull(kbGaps.dismissedAt)
    : status === "addressed"
      ? and(isNull(kbGaps.dismissedAt), isNotNull(kbGaps.addressedAt))
      : and(isNull(kbGaps.dismissedAt), isNull(kbGaps.addressedAt));

/** Most asked first; each with the article written for it (its title and status), if any. */
export async function listGaps(db: Db, tenantId: string, status: GapStatus, limit: number) {
  return db
    .select({
      gap: kbGaps,
      articleTitle: kbArticles.title,
      articleStatus: kbArticles.status,
      dismissedByName: users.name,
    })
    .from(kbGaps)
    .leftJoin(kbArticles, and(eq(kbArticles.tenantId, kbGaps.tenantId), eq(kbArticles.id, kbGaps.articleId)))
    .leftJoin(users, and(eq(users.tenantId, kbGaps.tenantId), eq(users.id, kbGaps.dismissedBy)))
    .where(and(eq(kbGaps.tenantId, tenantId), statusWhere(status)))
    .orderBy(desc(kbGaps.asked), desc(kbGaps.lastAskedAt))
    .limit(limit);
}

export async function lockGap(db: Db, tenantId: string, id: string): Promise<GapRow | undefined> {
  const [row] = await db
    .select()
    .from(kbGaps)
    .where(and(eq(kbGaps.tenantId, tenantId), eq(kbGaps.id, id)))
    .for("update");
  return row;
}

export async function updateGap(
  db: Db,
  tenantId: string,
  id: string,
  set: Partial<Pick<GapRow, "articleId" | "addressedAt" | "dismissedAt" | "dismissedBy">>,
): Promise<GapRow> {
  const [row] = await db
    .update(kbGaps)
    .set(set)
    .where(and(eq(kbGaps.tenantId, tenantId), eq(kbGaps.id, id)))
    .returning();
  if (!row) throw new Error("gap update returned nothing");
  return row;
}

/** The open gaps an article was written for: publishing it addresses them. */
export async function addressGapsOf(db: Db, tenantId: string, articleId: string, at: Date) {
  return db
    .update(kbGaps)
    .set({ addressedAt: at })
    .where(
      and(
        eq(kbGaps.tenantId, tenantId),
        eq(kbGaps.articleId, articleId),
        isNull(kbGaps.addressedAt),
        isNull(kbGaps.dismissedAt),
      ),
    )
    .returning({ id: kbGaps.id, question: kbGaps.question });
}

/** Withdrawing the article opens its gaps again (the draft stays linked). */
export async function reopenGapsOf(db: Db, tenantId: string, articleId: string) {
  return db
    .update(kbGaps)
    .set({ addressedAt: null })
    .where(
      and(
        eq(kbGaps.tenantId, tenantId),
        eq(kbGaps.articleId, articleId),
        isNotNull(kbGaps.addressedAt),
        isNull(kbGaps.dismissedAt),
      ),
    )
    .returning({ id: kbGaps.id, question: kbGaps.question });
}
