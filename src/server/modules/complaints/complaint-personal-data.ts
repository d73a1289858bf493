import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedJson,
  scrubbedText,
} from "../../platform/privacy/personal-patterns.js";
import { complaintParticipants, complaints } from "./complaints.tables.js";

// A customer's data export (modules/privacy): their complaints with what was decided for them
// (nature, severity, amounts, compensation, corrective action, their answer and why) and the
// departments that took part.
export async function exportComplaintData(db: Db, tenantId: string, customerId: string) {
  const c = complaints;
  const rows = await db
    .select({
      id: c.id,
      ticketNumber: c.ticketNumber,
      originTicketNumber: c.originTicketNumber,
      sourceChannel: c.sourceChannel,
      nature: c.nature,
      severity: c.severity,
      majorReasons: c.majorReasons,
      amountInvolved: c.amountInvolved,
      status: c.status,
      rootCause: c.rootCause,
      compensationKind: c.compensationKind,
      compensationAmount: c.compensationAmount,
      correctiveAction: c.correctiveAction,
      compensationExecutedAt: c.compensationExecutedAt,
      executionNote: c.executionNote,
      satisfaction: c.satisfaction,
      reopenCount: c.reopenCount,
      reopenReason: c.reopenReason,
      closedAt: c.closedAt,
      createdAt: c.createdAt,
    })
    .from(c)
    .where(and(eq(c.tenantId, tenantId), eq(c.customerId, customerId)))
    .orderBy(asc(c.createdAt));
  const ids = rows.map((r) => r.id);
  const p = complaintParticipants;
  const participants =
    ids.length === 0
      ? []
      : await db
          .select({
            complaintId: p.complaintId,
            department: p.department,
            task: p.task,
            dueAt: p.dueAt,
            doneAt: p.doneAt,
            doneNote: p.doneNote,
          })
          .from(p)
          .where(and(eq(p.tenantId, tenantId), inArray(p.complaintId, ids)))
          .orderBy(asc(p.createdAt));
  return {
    complaints: rows.map((r) => ({
      ...r,
      participants: participants.filter((x) => x.complaintId === r.id).map(({ complaintId: _, ...x }) => x),
    })),
  };
}

// Erasure (modules/privacy): a complaint keeps its nature, severity, amounts and outcome for the
// statistics. What the customer said when rejecting a resolution is erased; the staff's plan,
// notes and the participants' tasks lose the customer's name, e-mail and phone (in any of the
// tenant's complaints: a complaint may name a neighbour's case).
export async function eraseComplaintData(
  tx: Db,
  tenantId: string,
  customerId: string,
  who: PersonalPatterns,
) {
  const c = complaints;
  await tx
    .update(c)
    .set({ reopenReason: ERASED_TEXT })
    .where(and(eq(c.tenantId, tenantId), eq(c.customerId, customerId), isNotNull(c.reopenReason)));
  const texts = [
    c.rootCause,
    c.correctiveAction,
    c.accountableWho,
    c.accountableWhat,
    c.rejectionReason,
    c.executionNote,
    c.reopenReason,
  ] as const;
  await tx
    .update(c)
    .set({
      majorReasons: scrubbedJson(c.majorReasons, who),
      rootCause: scrubbedText(c.rootCause, who),
      correctiveAction: scrubbedText(c.correctiveAction, who),
      accountableWho: scrubbedText(c.accountableWho, who),
      accountableWhat: scrubbedText(c.accountableWhat, who),
      rejectionReason: scrubbedText(c.rejectionReason, who),
      executionNote: scrubbedText(c.executionNote, who),
      reopenReason: scrubbedText(c.reopenReason, who),
    })
    .where(
      and(eq(c.tenantId, tenantId), or(mentions(c.majorReasons, who), ...texts.map((t) => mentions(t, who)))),
    );
  const p = complaintParticipants;
  await tx
    .update(p)
    .set({ task: scrubbedText(p.task, who), doneNote: scrubbedText(p.doneNote, who) })
    .where(and(eq(p.tenantId, tenantId), or(mentions(p.task, who), mentions(p.doneNote, who))));
}
