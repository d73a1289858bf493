import type { ComplaintView } from "../../../../shared/api/complaints.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findComplaint } from "../complaints.repository.js";
import { toComplaintDto, toProjection } from "./complaint-dto.js";
import { visibleComplaintOfTicket } from "./complaint-scope.js";

// A ticket's complaint: the whole record for staff, the projection for the customer.
export async function getComplaintOfTicket(s: Services, actor: Actor, ref: string): Promise<ComplaintView> {
  const { complaint } = await visibleComplaintOfTicket(s, actor, ref);
  return isStaff(actor.role) ? toComplaintDto(s.db, complaint, s.clock.now()) : toProjection(complaint);
}

export async function complaintById(s: Services, actor: Actor, id: string) {
  const row = await findComplaint(s.db, actor.tenantId, id);
  if (!row) throw new Error("complaint vanished after its step");
  return toComplaintDto(s.db, row, s.clock.now());
}
