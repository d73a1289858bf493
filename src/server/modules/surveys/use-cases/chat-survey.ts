import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findCustomer } from "../../customers/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { findTicket } from "../../tickets/index.js";
import { issueInvitation } from "../survey-links.js";
import { renderSurveyChat } from "../survey-mail.js";
import { defaultSurvey, findSurvey } from "../surveys.repository.js";

type ChatSurveyLink = {
  invitationId: string;
  url: string;
  // The customer's language (else the tenant's), and the message in both.
  locale: "zh-CN" | "en";
  text: { "zh-CN": string; en: string };
};

// A personal survey link to post into a chat conversation: the chat module calls this (surveys
// knows nothing of chats) for an agent (`userId`) or its own bot (null). The named survey, else
// the tenant's closing survey, else its newest active one; a "chat" invitation, one answer,
// nothing sent by us — the chat posts `text[locale]`.
export async function chatSurveyLink(
  s: Services,
  by: { tenantId: string; userId: string | null },
  input: { customerId: string; surveyId?: string; ticketRef?: string },
): Promise<ChatSurveyLink> {
  const survey = input.surveyId
    ? await findSurvey(s.db, by.tenantId, input.surveyId)
    : await defaultSurvey(s.db, by.tenantId);
  if (!survey) throw new AppError("survey.not_found");
  const customer = await findCustomer(s.db, by.tenantId, input.customerId);
  if (!customer) throw new AppError("survey.customer_not_found");
  let ticketId: string | null = null;
  if (input.ticketRef) {
    const ticket = await findTicket(s.db, by.tenantId, input.ticketRef);
    if (!ticket || ticket.customerId !== customer.id) throw new AppError("ticket.not_found");
    ticketId = ticket.id;
  }
  const tenantLocale = (await tenantSettings(s.db, by.tenantId))?.defaultLocale;
  const locale = (customer.locale ?? tenantLocale) === "en" ? "en" : "zh-CN";
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const link = await issueInvitation(tx, s, {
      tenantId: by.tenantId,
      surveyId: survey.id,
      customerId: customer.id,
      ticketId,
      channel: "chat",
      now,
    });
    await appendAudit(tx, {
      tenantId: by.tenantId,
      actorId: by.userId,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId: survey.id, customerId: customer.id, channel: "chat", ticketId },
      at: now,
    });
    return { invitationId: link.id, url: link.url, locale, text: renderSurveyChat(link.url) };
  });
}
