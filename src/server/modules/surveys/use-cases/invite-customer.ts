import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket } from "../../tickets/index.js";
import { issueInvitation } from "../survey-links.js";
import { findSurvey } from "../surveys.repository.js";

export type NewInvitation = {
  customerId: string;
  channel: "email" | "sms" | "portal" | "link";
  ticketRef?: string;
};

// A personal link made by hand (to paste into a chat, an SMS or a portal message). The token is
// shown once, in this answer; the database keeps its hash.
export async function inviteCustomer(s: Services, actor: Actor, surveyId: string, input: NewInvitation) {
  const survey = await findSurvey(s.db, actor.tenantId, surveyId);
  if (!survey) throw new AppError("survey.not_found");
  const customer = await findCustomer(s.db, actor.tenantId, input.customerId);
  if (!customer) throw new AppError("survey.customer_not_found");
  let ticketId: string | null = null;
  if (input.ticketRef) {
    const ticket = await findTicket(s.db, actor.tenantId, input.ticketRef);
    if (!ticket || ticket.customerId !== customer.id) throw new AppError("ticket.not_found");
    ticketId = ticket.id;
  }
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const link = await issueInvitation(tx, s, {
      tenantId: actor.tenantId,
      surveyId,
      customerId: customer.id,
      ticketId,
      channel: input.channel,
      now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId, customerId: customer.id, channel: input.channel, ticketId },
      at: now,
    });
    return link;
  });
}
