import type { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket } from "../../tickets/index.js";
import { issueInvitation } from "../survey-links.js";
import { findSurvey } from "../surveys.repository.js";
import type { ZNewInvitation } from "../surveys.schemas.js";
import { surveyDeliveryJob } from "./deliver-invitation.js";

export type NewInvitation = z.infer<typeof ZNewInvitation>;

// A personal link made by hand. "email" and "sms" also send it (after commit); "portal" puts it
// on the customer's portal; "chat", "visit" and "link" only return it, to be posted in the chat or
// shown to the customer on the technician's phone. The token is shown once, in this answer; the
// database keeps its hash.
export async function inviteCustomer(s: Services, actor: Actor, surveyId: string, input: NewInvitation) {
  const survey = await findSurvey(s.db, actor.tenantId, surveyId);
  if (!survey) throw new AppError("survey.not_found");
  const customer = await findCustomer(s.db, actor.tenantId, input.customerId);
  if (!customer) throw new AppError("survey.customer_not_found");
  let ticketId: string | null = null;
  let ticketNumber: string | null = null;
  if (input.ticketRef) {
    const ticket = await findTicket(s.db, actor.tenantId, input.ticketRef);
    if (!ticket || ticket.customerId !== customer.id) throw new AppError("ticket.not_found");
    ticketId = ticket.id;
    ticketNumber = ticket.number;
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
    if (input.channel === "email" || input.channel === "sms")
      await enqueue(
        tx,
        surveyDeliveryJob,
        {
          tenantId: actor.tenantId,
          invitationId: link.id,
          customerId: customer.id,
          channel: input.channel,
          ticketNumber,
          url: link.url,
        },
        { tenantId: actor.tenantId },
      );
    return link;
  });
}
