import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import {
  defineJob,
  defineOutboundJob,
  enqueue,
  enqueueMany,
  type JobContext,
} from "../../../platform/jobs/queue.js";
import { customers } from "../../customers/index.js";
import {
  ownersOfUpdatedUnits,
  type ProductUpdateReleased,
  todayIn,
  updatesReleasedBetween,
} from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { shouldInvite } from "../sampling.js";
import { segmentMembers } from "../segment-audience.js";
import { segmentOf } from "../segments.js";
import { customerSegmentFacts } from "../survey-answers.js";
import { type DeliveryPlan, planDelivery, sendDelivery } from "../survey-delivery.js";
import { issueRoundInvitation } from "../survey-links.js";
import { reachableBy } from "../survey-reach.js";
import {
  dueQuarterRound,
  shiftDay,
  UPDATE_ROUND_GRACE_DAYS,
  updateDueOn,
  updateRound,
} from "../survey-rounds.js";
import {
  claimRound,
  findSurvey,
  lastInvitationOf,
  newestSurveysWith,
  periodicSurveys,
  type SurveyRow,
  triggeredSurvey,
} from "../surveys.repository.js";

const PAGE = 500;

async function tenantToday(tx: Db, tenantId: string, now: Date) {
  return todayIn((await tenantSettings(tx, tenantId))?.timezone ?? "Asia/Shanghai", now);
}

// Claim a round and queue its fan-out, in the caller's transaction: of any number of scheduler
// runs or workers, only the one whose claim made the row queues it.
async function startRound(
  tx: Db,
  survey: SurveyRow,
  round: string,
  now: Date,
  target: { productId: string | null; productLine: string | null } | null,
) {
  if (!(await claimRound(tx, survey.tenantId, survey.id, round, now))) return;
  await enqueue(
    tx,
    surveyRoundJob,
    { tenantId: survey.tenantId, surveyId: survey.id, round, target, after: null },
    { tenantId: survey.tenantId, singletonKey: `survey-round:${survey.id}:${round}` },
  );
}

// Hourly: each active quarterly survey whose day has come in its tenant's time zone starts that
// quarter's round; each tenant's product-update survey starts the round of every update whose
// delay has passed (within the grace days).
export async function startDueRounds({ tx, now }: JobContext): Promise<void> {
  for (const survey of await periodicSurveys(tx)) {
    if (!survey.periodSchedule) continue;
    const round = dueQuarterRound(survey.periodSchedule, await tenantToday(tx, survey.tenantId, now));
    if (round) await startRound(tx, survey, round, now, null);
  }
  for (const survey of await newestSurveysWith(tx, "product_update")) {
    const today = await tenantToday(tx, survey.tenantId, now);
    const lastDue = shiftDay(today, -survey.delayDays);
    const firstDue = shiftDay(lastDue, -UPDATE_ROUND_GRACE_DAYS);
    for (const u of await updatesReleasedBetween(tx, survey.tenantId, firstDue, lastDue))
      await startRound(tx, survey, updateRound(u.id), now, u);
  }
}

// Subscriber of products' update event: with no delay (and a release day already come) the round
// starts at once; otherwise the hourly scheduler starts it on its day.
export async function onProductUpdate(tx: Db, e: ProductUpdateReleased, now: Date): Promise<void> {
  const survey = await triggeredSurvey(tx, e.tenantId, "product_update");
  if (!survey) return;
  if (updateDueOn(e.releasedOn, survey.delayDays) > (await tenantToday(tx, e.tenantId, now))) return;
  await startRound(tx, survey, updateRound(e.updateId), now, e);
}

const ZTarget = z.object({ productId: z.string().nullable(), productLine: z.string().nullable() }).nullable();

// A round's fan-out: one invitation job per candidate — every customer of the tenant for a
// quarterly round (of each page, only the members of its audience segment, as analytics counts
// them on the day the page is read, when it has one), the owners of the updated units for a
// product update — a page at a time (each page re-queues the job for the next, so a large tenant
// never holds one long transaction, and a segment's page asks analytics about its 500 only).
export const surveyRoundJob = defineJob({
  kind: "surveys.round",
  payload: z.object({
    tenantId: z.string(),
    surveyId: z.string(),
    round: z.string(),
    target: ZTarget,
    // The last customer id of the previous page (null: the first page).
    after: z.string().nullable(),
  }),
  async handle(p, { tx, now }) {
    let ids: string[];
    if (p.target) {
      // A model's owners are few (a unit each); one page.
      ids = await ownersOfUpdatedUnits(tx, p.tenantId, p.target);
    } else {
      const rows = await tx
        .select({ id: customers.id })
        .from(customers)
        .where(
          and(
            eq(customers.tenantId, p.tenantId),
            isNull(customers.erasedAt),
            p.after ? gt(customers.id, p.after) : undefined,
          ),
        )
        .orderBy(asc(customers.id))
        .limit(PAGE);
      ids = rows.map((r) => r.id);
      const last = ids.at(-1);
      if (ids.length === PAGE && last)
        await enqueue(tx, surveyRoundJob, { ...p, after: last }, { tenantId: p.tenantId });
      const audience = (await findSurvey(tx, p.tenantId, p.surveyId))?.audienceSegment;
      if (audience) ids = await segmentMembers(tx, p.tenantId, audience, now, ids);
    }
    await enqueueMany(
      tx,
      surveyRoundInvitationJob,
      ids.map((customerId) => ({
        payload: { tenantId: p.tenantId, surveyId: p.surveyId, round: p.round, customerId },
        opts: { tenantId: p.tenantId, singletonKey: `survey-round:${p.surveyId}:${p.round}:${customerId}` },
      })),
    );
  },
});

// One customer's invitation of a round: the survey's segment quota (a stable hash of survey,
// round and customer) and frequency cap decide, as for the ticket triggers; the personal link goes
// by the customer's preferred channel, once per round (the round's unique index).
export const surveyRoundInvitationJob = defineOutboundJob({
  kind: "surveys.invite_round",
  payload: z.object({
    tenantId: z.string(),
    surveyId: z.string(),
    round: z.string(),
    customerId: z.string(),
  }),
  async prepare(p, { tx, s, now }): Promise<DeliveryPlan | null> {
    const survey = await findSurvey(tx, p.tenantId, p.surveyId);
    if (!survey?.active || (survey.trigger !== "periodic" && survey.trigger !== "product_update"))
      return null;
    const channel = await reachableBy(tx, p.tenantId, p.customerId);
    if (!channel) return null;
    const segment = segmentOf(await customerSegmentFacts(tx, p.tenantId, p.customerId), now);
    const last = await lastInvitationOf(tx, p.tenantId, p.customerId);
    const key = `${survey.id}:${p.round}:${p.customerId}`;
    if (!shouldInvite({ id: key, segment }, survey, last, now)) return null;
    const link = await issueRoundInvitation(tx, s, {
      tenantId: p.tenantId,
      surveyId: survey.id,
      customerId: p.customerId,
      channel,
      round: p.round,
      now,
    });
    if (!link) return null;
    await appendAudit(tx, {
      tenantId: p.tenantId,
      actorId: null,
      action: "survey.invited",
      entityType: "survey_invitation",
      entityId: link.id,
      data: { surveyId: survey.id, customerId: p.customerId, channel, round: p.round },
      at: now,
    });
    return planDelivery(tx, {
      tenantId: p.tenantId,
      invitationId: link.id,
      customerId: p.customerId,
      channel,
      ticketNumber: null,
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
