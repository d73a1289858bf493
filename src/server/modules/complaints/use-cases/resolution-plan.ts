import type { TComplaintPlan, TExecution } from "../../../../shared/api/complaints.js";
import { approvalLimitOf, checkApproval } from "../../../../shared/complaints.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { transitionTicket } from "../../tickets/index.js";
import {
  type ComplaintRow,
  complaintPolicy,
  updateComplaint,
  userApprovalLimit,
} from "../complaints.repository.js";
import { lockedComplaint, requireStatus } from "./complaint-scope.js";
import { complaintStep } from "./complaint-step.js";
import { complaintById } from "./get-complaint.js";

// Records the resolution plan and submits it for approval. A rejected plan (the complaint is open
// again) is corrected and submitted anew; so is a plan waiting for approval.
export async function submitPlan(s: Services, actor: Actor, id: string, plan: TComplaintPlan) {
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    requireStatus(complaint, ["open", "pending_approval"]);
    const now = s.clock.now();
    const updated = await updateComplaint(tx, actor.tenantId, complaint.id, {
      rootCause: plan.rootCause,
      compensationKind: plan.compensationKind,
      compensationAmount: plan.compensationAmount,
      correctiveAction: plan.correctiveAction,
      improvementRef: plan.improvementRef ?? null,
      accountableWho: plan.accountableWho ?? null,
      accountableWhat: plan.accountableWhat ?? null,
      planBy: actor.userId,
      planAt: now,
      status: "pending_approval",
      rejectionReason: null,
      rejectedAt: null,
      rejectedBy: null,
      updatedAt: now,
    });
    await complaintStep(tx, s, ticket, actor, updated, { action: "plan_submitted", plan: { ...plan } }, now);
  });
  return complaintById(s, actor, id);
}

// Whether this actor may decide on this plan (approve, or send it back): not its author, and a
// role or user limit that covers its compensation.
async function decide(tx: Db, actor: Actor, c: ComplaintRow): Promise<void> {
  requireStatus(c, ["pending_approval"]);
  if (!c.planBy) throw new AppError("complaint.plan_required");
  const policy = await complaintPolicy(tx, actor.tenantId);
  const limit = approvalLimitOf(
    actor.role,
    await userApprovalLimit(tx, actor.tenantId, actor.userId),
    policy.approvalLimits,
  );
  const amount = Number(c.compensationAmount ?? 0);
  const check = checkApproval({ approverId: actor.userId, authorId: c.planBy, amount, limit });
  if (check.ok) return;
  if (check.error === "threshold")
    throw new AppError("complaint.threshold", { amount: amount.toFixed(2), limit: check.limit.toFixed(2) });
  throw new AppError(check.error === "self_approval" ? "complaint.self_approval" : "complaint.not_approver");
}

export async function approvePlan(s: Services, actor: Actor, id: string, note: string | undefined) {
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    await decide(tx, actor, complaint);
    const now = s.clock.now();
    const updated = await updateComplaint(tx, actor.tenantId, complaint.id, {
      status: "approved",
      approvedBy: actor.userId,
      approvedAt: now,
      updatedAt: now,
    });
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      updated,
      {
        action: "plan_approved",
        compensationKind: updated.compensationKind,
        compensationAmount: updated.compensationAmount,
        note: note ?? null,
      },
      now,
    );
  });
  return complaintById(s, actor, id);
}

// Sending a plan back needs the same standing as approving it, except the amount: a supervisor may
// refuse a plan above their limit. Its author cannot.
export async function rejectPlan(s: Services, actor: Actor, id: string, reason: string) {
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    try {
      await decide(tx, actor, complaint);
    } catch (err) {
      if (!(err instanceof AppError && err.code === "complaint.threshold")) throw err;
    }
    const now = s.clock.now();
    const updated = await updateComplaint(tx, actor.tenantId, complaint.id, {
      status: "open",
      rejectedBy: actor.userId,
      rejectedAt: now,
      rejectionReason: reason,
      updatedAt: now,
    });
    await complaintStep(tx, s, ticket, actor, updated, { action: "plan_rejected", reason }, now);
  });
  return complaintById(s, actor, id);
}

// The approved plan carried out: compensation paid or handed over, corrective action done. The
// ticket is then resolved, so the customer is asked to confirm through the usual confirm flow.
export async function recordExecution(s: Services, actor: Actor, id: string, input: TExecution) {
  const ticketNumber = await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    if (complaint.status === "open" || complaint.status === "pending_approval")
      throw new AppError("complaint.approval_required");
    requireStatus(complaint, ["approved"]);
    const now = s.clock.now();
    const updated = await updateComplaint(tx, actor.tenantId, complaint.id, {
      status: "executed",
      compensationExecutedAt: now,
      correctiveDoneAt: now,
      executionNote: input.note ?? null,
      updatedAt: now,
    });
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      updated,
      {
        action: "executed",
        compensationKind: updated.compensationKind,
        compensationAmount: updated.compensationAmount,
        note: input.note ?? null,
      },
      now,
    );
    return ticket.status === "resolved" || ticket.status === "closed" ? null : ticket.number;
  });
  if (ticketNumber) await transitionTicket(s, actor, ticketNumber, "resolve");
  return complaintById(s, actor, id);
}
