import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import { defineOutboundJob, enqueueMany, type JobContext } from "../../../platform/jobs/queue.js";
import { findTicket } from "../../tickets/index.js";
import { type DeliveryPlan, planDelivery, sendDelivery } from "../survey-delivery.js";
import { hashSurveyToken, newSurveyToken, surveyUrl } from "../survey-links.js";
import { surveyInvitations, surveySettings } from "../surveys.tables.js";

export const DEFAULT_REMINDER_DAYS = 3;
const BATCH = 500;

// Hourly: every unanswered, unexpired invitation sent by mail or SMS at least the tenant's
// reminder days ago (default 3; 0 turns reminders off) and not yet reminded gets one reminder job.
// The job, not this sweep, marks the invitation, so a sweep that runs twice enqueues nothing new
// (the singleton key) and a finished job's invitation is no longer picked.
export async function queueSurveyReminders({ tx, now }: JobContext): Promise<void> {
  const days = sql<number>`coalesce(${surveySettings.reminderDays}, ${DEFAULT_REMINDER_DAYS})`;
  const due = await tx
    .select({ id: surveyInvitations.id, tenantId: surveyInvitations.tenantId })
    .from(surveyInvitations)
    .leftJoin(surveySettings, eq(surveySettings.tenantId, surveyInvitations.tenantId))
    .where(
      and(
        isNull(surveyInvitations.answeredAt),
        isNull(surveyInvitations.remindedAt),
        inArray(surveyInvitations.channel, ["email", "sms"]),
        gt(surveyInvitations.expiresAt, now),
        sql`${days} > 0`,
        lte(
          surveyInvitations.createdAt,
          sql`${now.toISOString()}::timestamptz - make_interval(days => ${days})`,
        ),
      ),
    )
    .limit(BATCH);
  await enqueueMany(
    tx,
    surveyReminderJob,
    due.map((d) => ({
      payload: { tenantId: d.tenantId, invitationId: d.id },
      opts: { tenantId: d.tenantId, singletonKey: `survey-reminder:${d.id}` },
    })),
  );
}

// The one reminder. prepare() claims it with a conditional UPDATE (still unanswered, unexpired,
// not reminded), so however many jobs run, one reminder is planned; its link is a second token
// for the same invitation. send() looks once more and stays silent if the answer came meanwhile.
export const surveyReminderJob = defineOutboundJob({
  kind: "surveys.remind",
  payload: z.object({ tenantId: z.string(), invitationId: z.string() }),
  async prepare(p, { tx, s, now }): Promise<DeliveryPlan | null> {
    const token = newSurveyToken();
    const [claimed] = await tx
      .update(surveyInvitations)
      .set({ remindedAt: now, reminderTokenHash: hashSurveyToken(token) })
      .where(
        and(
          eq(surveyInvitations.tenantId, p.tenantId),
          eq(surveyInvitations.id, p.invitationId),
          isNull(surveyInvitations.answeredAt),
          isNull(surveyInvitations.remindedAt),
          gt(surveyInvitations.expiresAt, now),
        ),
      )
      .returning();
    if (!claimed) return null;
    const ticket = claimed.ticketId ? await findTicket(tx, p.tenantId, claimed.ticketId) : undefined;
    const plan = await planDelivery(tx, {
      tenantId: p.tenantId,
      invitationId: claimed.id,
      customerId: claimed.customerId,
      channel: claimed.channel,
      ticketNumber: ticket?.number ?? null,
      url: surveyUrl(s, token),
      reminder: true,
    });
    await appendAudit(tx, {
      tenantId: p.tenantId,
      actorId: null,
      action: "survey.reminded",
      entityType: "survey_invitation",
      entityId: claimed.id,
      data: { channel: claimed.channel, sent: plan !== null },
      at: now,
    });
    return plan;
  },
  async send(plan, { s }) {
    const [inv] = await s.db
      .select({ answeredAt: surveyInvitations.answeredAt })
      .from(surveyInvitations)
      .where(eq(surveyInvitations.id, plan.invitationId));
    if (inv?.answeredAt) return { sent: false };
    await sendDelivery(s, plan);
    return { sent: true };
  },
  async record() {},
});
