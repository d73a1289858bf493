import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket } from "../../tickets/index.js";
import { issueInvitation } from "../survey-links.js";
import { defaultSurvey } from "../surveys.repository.js";

// At the end of a visit the technician's phone shows the customer a personal link (and its QR
// code) for the ticket: the tenant's closing survey, else its newest active one.
export async function visitSurveyLink(s: Services, actor: Actor, ticketRef: string) {
  const ticket = await findTicket(s.db, actor.tenantId, ticketRef);
  if (!ticket) throw new AppError("ticket.not_found");
  const survey = await defaultSurvey(s.db, actor.tenantId);
  if (!survey) throw new AppError("survey.not_found");
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const link = await issueInvitation(tx, s, {
      tenantId: actor.tenantId,
      surveyId: survey.id,
      customerId: ticket.customerId,
      ticketId: ticket.id,
      channel: "visit",
      now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId: survey.id, customerId: ticket.customerId, channel: "visit", ticketId: ticket.id },
      at: now,
    });
    return { ...link, surveyName: survey.name };
  });
}
