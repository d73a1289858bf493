import { and, desc, eq } from "drizzle-orm";
import type { SurveyFollowUp } from "../../../../shared/api/surveys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customers } from "../../customers/index.js";
import { findTicket } from "../../tickets/index.js";
import { surveyFollowUps } from "../surveys.tables.js";

type Row = typeof surveyFollowUps.$inferSelect;

async function toDto(s: Services, r: Row & { customerName: string | null }): Promise<SurveyFollowUp> {
  const ticket = r.ticketId ? await findTicket(s.db, r.tenantId, r.ticketId) : undefined;
  return {
    id: r.id,
    surveyId: r.surveyId,
    responseId: r.responseId,
    customerId: r.customerId,
    customerName: r.customerName,
    ticketId: r.ticketId,
    ticketNumber: ticket?.number ?? null,
    reason: r.reason,
    score: r.score,
    comment: r.comment,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    doneAt: r.doneAt?.toISOString() ?? null,
    doneBy: r.doneBy,
  };
}

const selectFollowUps = (s: Services, tenantId: string) =>
  s.db
    .select({ f: surveyFollowUps, customerName: customers.name })
    .from(surveyFollowUps)
    .leftJoin(customers, and(eq(customers.tenantId, tenantId), eq(customers.id, surveyFollowUps.customerId)));

// The supervisors' list of low scores to follow up (open first by default).
export async function listFollowUps(s: Services, actor: Actor, status: "open" | "done" | undefined) {
  const rows = await selectFollowUps(s, actor.tenantId)
    .where(
      status
        ? and(eq(surveyFollowUps.tenantId, actor.tenantId), eq(surveyFollowUps.status, status))
        : eq(surveyFollowUps.tenantId, actor.tenantId),
    )
    .orderBy(desc(surveyFollowUps.createdAt))
    .limit(200);
  return Promise.all(rows.map((r) => toDto(s, { ...r.f, customerName: r.customerName })));
}

// A supervisor marks the follow-up done (the customer was contacted).
export async function closeFollowUp(s: Services, actor: Actor, id: string): Promise<SurveyFollowUp> {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const done = await tx
      .update(surveyFollowUps)
      .set({ status: "done", doneAt: now, doneBy: actor.userId })
      .where(
        and(
          eq(surveyFollowUps.tenantId, actor.tenantId),
          eq(surveyFollowUps.id, id),
          eq(surveyFollowUps.status, "open"),
        ),
      )
      .returning({ id: surveyFollowUps.id });
    if (done.length === 0) {
      const [exists] = await tx
        .select({ id: surveyFollowUps.id })
        .from(surveyFollowUps)
        .where(and(eq(surveyFollowUps.tenantId, actor.tenantId), eq(surveyFollowUps.id, id)));
      if (!exists) throw new AppError("survey.followup_not_found");
      return;
    }
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.follow_up_done",
      entityType: "survey_follow_up",
      entityId: id,
      data: {},
      at: now,
    });
  });
  const [row] = await selectFollowUps(s, actor.tenantId).where(
    and(eq(surveyFollowUps.tenantId, actor.tenantId), eq(surveyFollowUps.id, id)),
  );
  if (!row) throw new AppError("survey.followup_not_found");
  return toDto(s, { ...row.f, customerName: row.customerName });
}
