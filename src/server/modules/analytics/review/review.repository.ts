import { and, desc, eq, sql } from "drizzle-orm";
import type { ReviewCommentary, ReviewSettings } from "../../../../shared/api/review-reports.js";
import type { Role } from "../../../../shared/roles.js";
import type { Db } from "../../../platform/db/client.js";
import { analyticsReviewReports, analyticsReviewSettings } from "./review.tables.js";

export type ReviewRow = typeof analyticsReviewReports.$inferSelect;

export async function findReview(db: Db, tenantId: string, id: string): Promise<ReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(analyticsReviewReports)
    .where(and(eq(analyticsReviewReports.tenantId, tenantId), eq(analyticsReviewReports.id, id)));
  return row;
}

// Inserts the period's report unless it exists (two runners, or a manager and the schedule, at once);
// either way answers the one row of that period and whether this call made it.
export async function insertReview(
  db: Db,
  row: typeof analyticsReviewReports.$inferInsert,
): Promise<{ row: ReviewRow; created: boolean }> {
  const [made] = await db.insert(analyticsReviewReports).values(row).onConflictDoNothing().returning();
  if (made) return { row: made, created: true };
  const [existing] = await db
    .select()
    .from(analyticsReviewReports)
    .where(
      and(
        eq(analyticsReviewReports.tenantId, row.tenantId),
        eq(analyticsReviewReports.kind, row.kind),
        eq(analyticsReviewReports.period, row.period),
      ),
    );
  if (!existing) throw new Error("review report vanished while being created");
  return { row: existing, created: false };
}

export function listReviews(db: Db, tenantId: string): Promise<ReviewRow[]> {
  return db
    .select()
    .from(analyticsReviewReports)
    .where(eq(analyticsReviewReports.tenantId, tenantId))
    .orderBy(desc(analyticsReviewReports.toDay), desc(analyticsReviewReports.kind))
    .limit(120);
}

export async function saveCommentary(
  db: Db,
  tenantId: string,
  id: string,
  commentary: ReviewCommentary,
  at: Date,
) {
  const [row] = await db
    .update(analyticsReviewReports)
    .set({ commentary, updatedAt: at })
    .where(and(eq(analyticsReviewReports.tenantId, tenantId), eq(analyticsReviewReports.id, id)))
    .returning();
  return row;
}

const DEFAULT_SETTINGS: ReviewSettings = { monthly: true, halfYearly: true, roles: ["admin", "supervisor"] };

export async function reviewSettings(db: Db, tenantId: string): Promise<ReviewSettings> {
  const [row] = await db
    .select()
    .from(analyticsReviewSettings)
    .where(eq(analyticsReviewSettings.tenantId, tenantId));
  if (!row) return DEFAULT_SETTINGS;
  return { monthly: row.monthly, halfYearly: row.halfYearly, roles: row.roles as ReviewSettings["roles"] };
}

export async function saveReviewSettings(
  db: Db,
  tenantId: string,
  s: ReviewSettings,
  at: Date,
): Promise<void> {
  await db
    .insert(analyticsReviewSettings)
    .values({ tenantId, ...s, updatedAt: at })
    .onConflictDoUpdate({ target: analyticsReviewSettings.tenantId, set: { ...s, updatedAt: at } });
}

export type Recipient = { id: string; email: string; name: string; locale: string | null };

// Active staff of the given roles with an address. Read-only SQL on the users table (analytics
// holds no other module's table object).
export async function reviewRecipients(
  db: Db,
  tenantId: string,
  roles: Role[],
  userId?: string,
): Promise<Recipient[]> {
  if (roles.length === 0) return [];
  const only = userId ? sql`and id = ${userId}` : sql``;
  const res = (await db.execute(sql`
    select id, email, name, locale from users
    where tenant_id = ${tenantId} and active and email is not null and email <> ''
      and role = any(${`{${roles.join(",")}}`}::text[]) ${only}
    order by id`)) as unknown as { rows: Recipient[] };
  return res.rows;
}
