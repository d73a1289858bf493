import { z } from "zod";
import { SURVEY_TRIGGERS, type SurveyTrigger } from "../../../../shared/surveys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../../platform/jobs/queue.js";
import { findTicket, type TicketChanged } from "../../tickets/index.js";
import { shouldInvite } from "../sampling.js";
import { segmentOf } from "../segments.js";
import { customerSegmentFacts, unitCategory } from "../survey-answers.js";
import { type DeliveryPlan, planDelivery, sendDelivery } from "../survey-delivery.js";
import { issueInvitation } from "../survey-links.js";
import { reachableBy } from "../survey-reach.js";
import { lastInvitationOf, type SurveyRow, triggeredSurvey } from "../surveys.repository.js";

// Which survey triggers a ticket's change fires, each with what it is about: the ticket closed
// (confirmed or auto-confirmed), one of its field visits is done, one of its RMAs is closed. The
// field and RMA modules record their steps on the ticket's history, so TICKET_CHANGED carries them.
export function firedTriggers(change: TicketChanged): { trigger: SurveyTrigger; subject: string }[] {
  const fired: { trigger: SurveyTrigger; subject: string }[] = [];
  for (const e of change.events) {
    if (e.type === "status_changed" && e.data.to === "closed")
      fired.push({ trigger: "ticket_closed", subject: change.after.id });
    if (e.type === "visit_step" && e.data.to === "done")
      fired.push({ trigger: "visit_done", subject: e.data.visitId });
    if (e.type === "rma_step" && e.data.to === "closed")
      fired.push({ trigger: "rma_closed", subject: e.data.rmaId });
  }
  return fired;
}

// Subscriber of TICKET_CHANGED. Only the job is enqueued here, in the change's transaction; the
// job decides (rules, segment quota, frequency cap) and sends after commit.
export async function onTicketClosed(tx: Db, change: TicketChanged): Promise<void> {
  for (const { trigger, subject } of firedTriggers(change)) {
    const survey = await triggeredSurvey(tx, change.tenantId, trigger);
    if (!survey) continue;
    await enqueue(
      tx,
      surveyInvitationJob,
      { tenantId: change.tenantId, ticketId: change.after.id, surveyId: survey.id, trigger },
      // Once per ticket (closed, reopened and closed again: asked once), visit or RMA.
      {
        tenantId: change.tenantId,
        singletonKey:
          trigger === "ticket_closed"
            ? `survey:${survey.id}:${subject}`
            : `survey:${survey.id}:${trigger}:${subject}`,
      },
    );
  }
}

// The survey's trigger rules: only tickets of these channels / product categories (empty: all).
async function matchesRules(
  tx: Db,
  survey: SurveyRow,
  ticket: { tenantId: string; channel: string; unitId: string | null },
): Promise<boolean> {
  if (survey.triggerChannels.length > 0 && !survey.triggerChannels.includes(ticket.channel)) return false;
  if (survey.triggerCategories.length === 0) return true;
  const category = ticket.unitId ? await unitCategory(tx, ticket.tenantId, ticket.unitId) : null;
  return category !== null && survey.triggerCategories.includes(category);
}

export const surveyInvitationJob = defineOutboundJob({
  kind: "surveys.invite_on_close",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    surveyId: z.string(),
    // Jobs queued before visits and RMAs triggered surveys carry none: a closure.
    trigger: z.enum(SURVEY_TRIGGERS).default("ticket_closed"),
  }),
  async prepare(p, { tx, s, now }): Promise<DeliveryPlan | null> {
    const survey = await triggeredSurvey(tx, p.tenantId, p.trigger);
    if (!survey || survey.id !== p.surveyId) return null;
    const ticket = await findTicket(tx, p.tenantId, p.ticketId);
    if (!ticket) return null;
    if (p.trigger === "ticket_closed" && ticket.status !== "closed") return null;
    if (!(await matchesRules(tx, survey, ticket))) return null;
    const channel = await reachableBy(tx, p.tenantId, ticket.customerId);
    if (!channel) return null;
    // The customer's segment picks the share to ask; the frequency cap applies on top.
    const segment = segmentOf(await customerSegmentFacts(tx, p.tenantId, ticket.customerId), now);
    const last = await lastInvitationOf(tx, p.tenantId, ticket.customerId);
    if (!shouldInvite({ id: ticket.id, segment }, survey, last, now)) return null;
    const link = await issueInvitation(tx, s, {
      tenantId: p.tenantId,
      surveyId: survey.id,
      customerId: ticket.customerId,
      ticketId: ticket.id,
      channel,
      automatic: true,
      now,
    });
    await appendAudit(tx, {
      tenantId: p.tenantId,
      actorId: null,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId: survey.id, customerId: ticket.customerId, channel, ticketId: ticket.id },
      at: now,
    });
    return planDelivery(tx, {
      tenantId: p.tenantId,
      invitationId: link.id,
      customerId: ticket.customerId,
      channel,
      ticketNumber: ticket.number,
      url: link.url,
      reminder: false,
    });
  },
  async send(plan, { s }) {
    await sendDelivery(s, plan);
    return { sent: true };
  },
  async record() {},
});
