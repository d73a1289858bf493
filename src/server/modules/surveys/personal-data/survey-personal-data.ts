import { and, asc, type Column, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import {
  ERASED_TEXT,
  type PersonalPatterns,
  scrubbedJson,
} from "../../../platform/privacy/personal-patterns.js";
import { surveyFollowUps, surveyInvitations, surveyResponses, surveys } from "../surveys.tables.js";

const ofSurvey = (tenantId: string, surveyId: Column) =>
  and(eq(surveys.tenantId, tenantId), eq(surveys.id, surveyId));

// A customer's data export (modules/privacy): the surveys they were invited to, their answers
// (each with the question as it was asked) and the follow-ups their scores opened.
export async function exportSurveyData(db: Db, tenantId: string, customerId: string) {
  const invitations = await db
    .select({
      id: surveyInvitations.id,
      survey: surveys.name,
      ticketId: surveyInvitations.ticketId,
      channel: surveyInvitations.channel,
      sentAt: surveyInvitations.createdAt,
      expiresAt: surveyInvitations.expiresAt,
      remindedAt: surveyInvitations.remindedAt,
      answeredAt: surveyInvitations.answeredAt,
    })
    .from(surveyInvitations)
    .innerJoin(surveys, ofSurvey(tenantId, surveyInvitations.surveyId))
    .where(and(eq(surveyInvitations.tenantId, tenantId), eq(surveyInvitations.customerId, customerId)))
    .orderBy(asc(surveyInvitations.createdAt));
  const responses = await db
    .select({
      id: surveyResponses.id,
      invitationId: surveyResponses.invitationId,
      survey: surveys.name,
      questions: surveys.questions,
      ticketId: surveyResponses.ticketId,
      answers: surveyResponses.answers,
      answeredAt: surveyResponses.createdAt,
    })
    .from(surveyResponses)
    .innerJoin(surveys, ofSurvey(tenantId, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.customerId, customerId)))
    .orderBy(asc(surveyResponses.createdAt));
  const followUps = await db
    .select({
      id: surveyFollowUps.id,
      responseId: surveyFollowUps.responseId,
      reason: surveyFollowUps.reason,
      score: surveyFollowUps.score,
      comment: surveyFollowUps.comment,
      status: surveyFollowUps.status,
      createdAt: surveyFollowUps.createdAt,
      doneAt: surveyFollowUps.doneAt,
    })
    .from(surveyFollowUps)
    .where(and(eq(surveyFollowUps.tenantId, tenantId), eq(surveyFollowUps.customerId, customerId)))
    .orderBy(asc(surveyFollowUps.createdAt));
  return {
    surveyInvitations: invitations,
    surveyResponses: responses.map(({ questions, answers, ...r }) => ({
      ...r,
      answers: Object.entries(answers).map(([questionId, answer]) => {
        const q = questions.find((x) => x.id === questionId);
        return { questionId, question: q?.text ?? null, kind: q?.kind ?? null, answer };
      }),
    })),
    surveyFollowUps: followUps,
  };
}

// Erasure (modules/privacy): the customer's free-text answers and follow-up comments are erased;
// scores and choices stay, for the statistics. An answer to a question no longer in the survey
// is erased when it is text (it may have been a comment). Returns the erased responses' ids. Whatever else still names them (a
// choice cannot, but a follow-up's comment written from a chat could) is scrubbed.
export async function eraseSurveyData(
  tx: Db,
  tenantId: string,
  customerId: string,
  who: PersonalPatterns,
): Promise<string[]> {
  const rows = await tx
    .select({ id: surveyResponses.id, answers: surveyResponses.answers, questions: surveys.questions })
    .from(surveyResponses)
    .innerJoin(surveys, ofSurvey(tenantId, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.customerId, customerId)));
  for (const r of rows) {
    const answers: Record<string, unknown> = {};
    for (const [id, answer] of Object.entries(r.answers)) {
      const q = r.questions.find((x) => x.id === id);
      const freeText = q ? q.kind === "text" : typeof answer === "string";
      answers[id] = freeText && answer !== null && answer !== "" ? ERASED_TEXT : answer;
    }
    await tx
      .update(surveyResponses)
      .set({ answers })
      .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.id, r.id)));
  }
  const own = eq(surveyResponses.customerId, customerId);
  await tx
    .update(surveyResponses)
    .set({ answers: scrubbedJson(surveyResponses.answers, who) })
    .where(and(eq(surveyResponses.tenantId, tenantId), own));
  await tx
    .update(surveyFollowUps)
    .set({ comment: ERASED_TEXT })
    .where(
      and(
        eq(surveyFollowUps.tenantId, tenantId),
        eq(surveyFollowUps.customerId, customerId),
        isNotNull(surveyFollowUps.comment),
      ),
    );
  return rows.map((r) => r.id);
}
