import { and, desc, eq, gt, isNotNull, isNull, or } from "drizzle-orm";
import type { SurveyTrigger } from "../../../shared/surveys.js";
import type { Db } from "../../platform/db/client.js";
import { surveyInvitations, surveyRounds, surveys } from "./surveys.tables.js";

export type SurveyRow = typeof surveys.$inferSelect;
export type InvitationRow = typeof surveyInvitations.$inferSelect;

export async function findSurvey(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, id)));
  return row;
}

export const listSurveys = (db: Db, tenantId: string) =>
  db.select().from(surveys).where(eq(surveys.tenantId, tenantId)).orderBy(desc(surveys.createdAt));

export async function triggeredSurvey(db: Db, tenantId: string, trigger: SurveyTrigger) {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.trigger, trigger), eq(surveys.active, true)))
    .orderBy(desc(surveys.createdAt))
    .limit(1);
  return row;
}

// The survey a link made without naming one uses: the tenant's closing survey, else its newest
// active one.
export async function defaultSurvey(db: Db, tenantId: string): Promise<SurveyRow | undefined> {
  const closing = await triggeredSurvey(db, tenantId, "ticket_closed");
  if (closing) return closing;
  const [newest] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.active, true)))
    .orderBy(desc(surveys.createdAt))
    .limit(1);
  return newest;
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
  // The reminder's link leads to the same invitation (and its one answer).
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(or(eq(surveyInvitations.tokenHash, tokenHash), eq(surveyInvitations.reminderTokenHash, tokenHash)))
    .limit(1);
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

// A customer's own invitations that can still be answered, newest first (the portal's card).
export const openInvitationsOf = (db: Db, tenantId: string, customerId: string, now: Date) =>
  db
    .select({ inv: surveyInvitations, surveyName: surveys.name })
    .from(surveyInvitations)
    .innerJoin(surveys, and(eq(surveys.tenantId, tenantId), eq(surveys.id, surveyInvitations.surveyId)))
    .where(
      and(
        eq(surveyInvitations.tenantId, tenantId),
        eq(surveyInvitations.customerId, customerId),
        isNull(surveyInvitations.answeredAt),
        gt(surveyInvitations.expiresAt, now),
      ),
    )
    .orderBy(desc(surveyInvitations.createdAt))
    .limit(20);

export async function findInvitation(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.id, id)));
  return row;
}

// Every tenant's active quarterly surveys (the hourly scheduler looks which owe a round).
export const periodicSurveys = (db: Db) =>
  db
    .select()
    .from(surveys)
    .where(and(eq(surveys.trigger, "periodic"), eq(surveys.active, true), isNotNull(surveys.periodSchedule)));

// Each tenant's newest active survey with this trigger (as triggeredSurvey, for every tenant).
export async function newestSurveysWith(db: Db, trigger: SurveyTrigger): Promise<SurveyRow[]> {
  const rows = await db
    .selectDistinctOn([surveys.tenantId])
    .from(surveys)
    .where(and(eq(surveys.trigger, trigger), eq(surveys.active, true)))
    .orderBy(surveys.tenantId, desc(surveys.createdAt));
  return rows;
}

// Claim a survey's round: true for the one caller whose insert made the row.
export async function claimRound(db: Db, tenantId: string, surveyId: string, round: string, now: Date) {
  const rows = await db
    .insert(surveyRounds)
    .values({ tenantId, surveyId, round, createdAt: now })
    .onConflictDoNothing()
    .returning({ round: surveyRounds.round });
  return rows.length === 1;
}
