import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../../platform/jobs/queue.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../../channels/index.js";
import { findCustomer } from "../../customers/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { findTicket, type TicketChanged } from "../../tickets/index.js";
import { capAllows, sampled } from "../sampling.js";
import { issueInvitation } from "../survey-links.js";
import { renderSurveyMail } from "../survey-mail.js";
import { lastInvitationOf, triggeredSurvey } from "../surveys.repository.js";

// Subscriber of TICKET_CHANGED: a ticket that closed (confirmed or auto-confirmed) gets the
// tenant's "ticket_closed" survey. Only the job is enqueued here, in the change's transaction; the
// job decides (sampling, frequency cap) and mails after commit.
export async function onTicketClosed(tx: Db, change: TicketChanged): Promise<void> {
  const closed = change.events.some((e) => e.type === "status_changed" && e.data.to === "closed");
  if (!closed) return;
  const survey = await triggeredSurvey(tx, change.tenantId, "ticket_closed");
  if (!survey) return;
  await enqueue(
    tx,
    surveyInvitationJob,
    { tenantId: change.tenantId, ticketId: change.after.id, surveyId: survey.id },
    // One survey per ticket: a ticket closed, reopened and closed again is asked once.
    { tenantId: change.tenantId, singletonKey: `survey:${survey.id}:${change.after.id}` },
  );
}

type InvitationPlan = { tenantId: string; invitationId: string; mail: PlannedMail };

export const surveyInvitationJob = defineOutboundJob({
  kind: "surveys.invite_on_close",
  payload: z.object({ tenantId: z.string(), ticketId: z.string(), surveyId: z.string() }),
  async prepare(p, { tx, s, now }): Promise<InvitationPlan | null> {
    const survey = await triggeredSurvey(tx, p.tenantId, "ticket_closed");
    if (!survey || survey.id !== p.surveyId) return null;
    const ticket = await findTicket(tx, p.tenantId, p.ticketId);
    if (ticket?.status !== "closed") return null;
    const customer = await findCustomer(tx, p.tenantId, ticket.customerId);
    if (!customer?.email) return null;
    if (!sampled(ticket.id, survey.samplePercent)) return null;
    if (!capAllows(await lastInvitationOf(tx, p.tenantId, customer.id), now, survey.capDays)) return null;
    const sender = await tenantSender(tx, p.tenantId);
    if (!sender) return null;
    const link = await issueInvitation(tx, s, {
      tenantId: p.tenantId,
      surveyId: survey.id,
      customerId: customer.id,
      ticketId: ticket.id,
      channel: "email",
      automatic: true,
      now,
    });
    await appendAudit(tx, {
      tenantId: p.tenantId,
      actorId: null,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId: survey.id, customerId: customer.id, channel: "email", ticketId: ticket.id },
      at: now,
    });
    const tenantLocale = (await tenantSettings(tx, p.tenantId))?.defaultLocale;
    const locale = (customer.locale ?? tenantLocale) === "en" ? "en" : "zh-CN";
    const { subject, text } = renderSurveyMail(locale, {
      name: customer.name,
      number: ticket.number,
      url: link.url,
    });
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    return {
      tenantId: p.tenantId,
      invitationId: link.id,
      mail: {
        tenantId: p.tenantId,
        mailboxId: sender.id,
        // The invitation id makes a resent mail recognisably the same one.
        messageId: `${link.id}@${domain}`,
        to: customer.email,
        subject,
        text,
        headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
      },
    };
  },
  async send(plan, { s }) {
    await sendPlannedMail(s, s.db, plan.mail);
    return { sent: true };
  },
  async record() {},
});
