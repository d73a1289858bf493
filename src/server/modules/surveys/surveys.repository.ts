import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { surveyInvitations, surveyResponses, surveys } from "./surveys.tables.js";

export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurvey(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, id)));
  return row;
}

export const listSurveys = (db: Db, tenantId: string) =>
  db.select().from(surveys).where(eq(surveys.tenantId, tenantId)).orderBy(desc(surveys.createdAt));

export async function triggeredSurvey(db: Db, tenantId: string, trigger: "ticket_closed") {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.trigger, trigger), eq(surveys.active, true)))
    .orderBy(desc(surveys.createdAt))
    .limit(1);
  return row;
}

export async function lastInvitationOf(db: Db, tenantId: string, customerId: string) {
  const [row] = await db
    .select({ at: surveyInvitations.createdAt })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.customerId, customerId)))
    .orderBy(desc(surveyInvitations.createdAt))
    .limit(1);
  return row?.at ?? null;
}

export async function findInvitationByHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.tokenHash, tokenHash));
  return row;
}

// The one answer a link accepts: only the first UPDATE finds answered_at still null.
export async function claimInvitation(db: Db, tenantId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(surveyInvitations)
    .set({ answeredAt: now })
    .where(
      and(
        eq(surveyInvitations.tenantId, tenantId),
        eq(surveyInvitations.id, id),
        isNull(surveyInvitations.answeredAt),
      ),
    )
    .returning({ id: surveyInvitations.id });
  return rows.length === 1;
}

export async function invitationCount(db: Db, tenantId: string, surveyId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.surveyId, surveyId)));
  return row?.n ?? 0;
}

export const responsesOf = (db: Db, tenantId: string, surveyId: string) =>
  db
    .select({ answers: surveyResponses.answers, createdAt: surveyResponses.createdAt })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, surveyId)))
    .orderBy(desc(surveyResponses.createdAt));
