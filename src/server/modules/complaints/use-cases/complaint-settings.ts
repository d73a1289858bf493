import type { ComplaintSettings, TUpdateComplaintSettings } from "../../../../shared/api/complaints.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUser } from "../../auth/index.js";
import {
  complaintPolicy,
  deleteUserApprovalLimit,
  listUserApprovalLimits,
  saveComplaintPolicy,
  setUserApprovalLimit,
} from "../complaints.repository.js";

export async function getComplaintSettings(s: Services, actor: Actor): Promise<ComplaintSettings> {
  const policy = await complaintPolicy(s.db, actor.tenantId);
  return { ...policy, userLimits: await listUserApprovalLimits(s.db, actor.tenantId) };
}

export async function updateComplaintSettings(s: Services, actor: Actor, input: TUpdateComplaintSettings) {
  if (input.serviceManagerId) {
    const u = await findUser(s.db, actor.tenantId, input.serviceManagerId);
    if (!u?.active || (u.role !== "supervisor" && u.role !== "admin"))
      throw new AppError("complaint.user_not_found");
  }
  await s.db.transaction(async (tx) => {
    const current = await complaintPolicy(tx, actor.tenantId);
    const next = {
      majorRules: input.majorRules ?? current.majorRules,
      approvalLimits: input.approvalLimits ?? current.approvalLimits,
      serviceManagerId:
        input.serviceManagerId === undefined ? current.serviceManagerId : input.serviceManagerId,
    };
    const now = s.clock.now();
    await saveComplaintPolicy(tx, actor.tenantId, next, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "complaint.settings_updated",
      entityType: "complaint_settings",
      entityId: actor.tenantId,
      data: { before: current, after: next },
      at: now,
    });
  });
  return getComplaintSettings(s, actor);
}

// The admin gives one staff member their own approval limit (null: no limit), or removes it.
export async function setUserLimit(
  s: Services,
  actor: Actor,
  userId: string,
  limit: number | null | "remove",
) {
  const u = await findUser(s.db, actor.tenantId, userId);
  if (!u || u.role === "customer" || u.role === "dealer" || u.role === "auditor")
    throw new AppError("complaint.user_not_found");
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    if (limit === "remove") await deleteUserApprovalLimit(tx, actor.tenantId, userId);
    else await setUserApprovalLimit(tx, actor.tenantId, userId, limit, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "complaint.approval_limit_set",
      entityType: "user",
      entityId: userId,
      data: { limit },
      at: now,
    });
  });
  return getComplaintSettings(s, actor);
}
