import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { ZPublicSurvey } from "../../../../shared/api/surveys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { users } from "../../auth/index.js";
import { findCustomer } from "../../customers/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { insertNotification } from "../../workspace/index.js";
import { invalidAnswer, keptAnswers } from "../answer-check.js";
import { SURVEY_ANSWERED } from "../survey-events.js";
import { hashSurveyToken } from "../survey-links.js";
import { lowScoreOf } from "../survey-math.js";
import {
  claimInvitation,
  findInvitationByHash,
  findSurvey,
  type InvitationRow,
} from "../surveys.repository.js";
import { surveyFollowUps, surveyResponses } from "../surveys.tables.js";

// What the answer page shows for a link, in the customer's language (else the tenant's).
// Reading changes nothing (mail scanners open links).
export async function viewSurveyLink(s: Services, token: string): Promise<z.infer<typeof ZPublicSurvey>> {
  const inv = await findInvitationByHash(s.db, hashSurveyToken(token));
  if (!inv) throw new AppError("survey.link_invalid");
  return viewInvitation(s, inv);
}

export async function viewInvitation(
  s: Services,
  inv: InvitationRow,
): Promise<z.infer<typeof ZPublicSurvey>> {
  const survey = await findSurvey(s.db, inv.tenantId, inv.surveyId);
  if (!survey) throw new AppError("survey.link_invalid");
  const customer = await findCustomer(s.db, inv.tenantId, inv.customerId);
  const tenantLocale = (await tenantSettings(s.db, inv.tenantId))?.defaultLocale;
  const locale = (customer?.locale ?? tenantLocale) === "en" ? "en" : "zh-CN";
  const state = inv.answeredAt ? "answered" : inv.expiresAt <= s.clock.now() ? "expired" : "open";
  return {
    name: survey.name,
    locale,
    state,
    questions: survey.questions.map(({ textEn, ...q }) => ({
      ...q,
      text: locale === "en" && textEn ? textEn : q.text,
    })),
  };
}

// One answer per personal link, however many arrive at once: the invitation is claimed by a
// conditional UPDATE in the answer's transaction, and the response's unique invitation index backs
// it. A low score opens a follow-up task for the supervisors, in the same transaction.
export async function answerSurvey(s: Services, token: string, answers: Record<string, unknown>) {
  const inv = await findInvitationByHash(s.db, hashSurveyToken(token));
  if (!inv) throw new AppError("survey.link_invalid");
  return answerInvitation(s, inv, answers);
}

export async function answerInvitation(s: Services, inv: InvitationRow, given: Record<string, unknown>) {
  const survey = await findSurvey(s.db, inv.tenantId, inv.surveyId);
  if (!survey) throw new AppError("survey.link_invalid");
  if (inv.answeredAt) throw new AppError("survey.already_answered");
  if (inv.expiresAt <= s.clock.now()) throw new AppError("survey.link_expired");
  if (Object.keys(given).length === 0) throw new AppError("survey.empty_answer");
  const bad = invalidAnswer(survey.questions, given);
  if (bad !== null) throw new AppError("survey.invalid_answer", { question: bad });
  const { answers, missing } = keptAnswers(survey.questions, given);
  if (missing !== null) throw new AppError("survey.answer_missing", { question: missing });
  if (Object.keys(answers).length === 0) throw new AppError("survey.empty_answer");
  const comment = survey.questions.find((q) => q.kind === "text" && typeof answers[q.id] === "string");
  const low = survey.questions.map((q) => lowScoreOf(q.kind, answers[q.id])).find((x) => x !== null) ?? null;
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    if (!(await claimInvitation(tx, inv.tenantId, inv.id, now)))
      throw new AppError("survey.already_answered");
    const id = newId("svr");
    await tx.insert(surveyResponses).values({
      id,
      tenantId: inv.tenantId,
      surveyId: inv.surveyId,
      invitationId: inv.id,
      customerId: inv.customerId,
      ticketId: inv.ticketId,
      answers,
      createdAt: now,
    });
    await appendAudit(tx, {
      tenantId: inv.tenantId,
      actorId: null,
      action: "survey.answered",
      entityType: "survey_response",
      entityId: id,
      data: { surveyId: inv.surveyId, invitationId: inv.id, customerId: inv.customerId },
      at: now,
    });
    await s.events.emit(tx, SURVEY_ANSWERED, {
      tenantId: inv.tenantId,
      responseId: id,
      surveyId: inv.surveyId,
      customerId: inv.customerId,
      at: now,
    });
    if (low) {
      const followUpId = newId("svf");
      await tx.insert(surveyFollowUps).values({
        id: followUpId,
        tenantId: inv.tenantId,
        surveyId: inv.surveyId,
        responseId: id,
        customerId: inv.customerId,
        ticketId: inv.ticketId,
        reason: low.reason,
        score: low.score,
        comment: comment ? String(answers[comment.id]).slice(0, 2000) : null,
        status: "open",
        createdAt: now,
      });
      await appendAudit(tx, {
        tenantId: inv.tenantId,
        actorId: null,
        action: "survey.follow_up_opened",
        entityType: "survey_follow_up",
        entityId: followUpId,
        data: { responseId: id, reason: low.reason, score: low.score },
        at: now,
      });
      const supervisors = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, inv.tenantId), eq(users.role, "supervisor"), eq(users.active, true)));
      for (const sup of supervisors)
        await insertNotification(tx, {
          id: newId("ntf"),
          tenantId: inv.tenantId,
          userId: sup.id,
          kind: "survey_follow_up",
          ticketId: inv.ticketId,
          data: { followUpId, reason: low.reason, score: low.score },
          createdAt: now,
        });
    }
    return { id };
  });
}
