import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import type { TicketChanged } from "../../tickets/index.js";
import { findComplaintOfTicket, updateComplaint } from "../complaints.repository.js";

// The complaint ticket's own confirm flow is the customer's answer: confirmed (by the customer, or
// by staff recording the customer's word) → satisfied and closed; closed by silence → no answer;
// rejected or reopened → not satisfied, and the complaint is open again for a new plan.
export async function onCustomerAnswer(tx: Db, change: TicketChanged): Promise<void> {
  const step = change.events.find((e) => e.type === "status_changed" || e.type === "auto_closed");
  if (!step) return;
  let answer: "satisfied" | "not_satisfied" | "no_answer" | null = null;
  let reason: string | null = null;
  if (step.type === "auto_closed") answer = "no_answer";
  else if (step.data.action === "confirm") answer = "satisfied";
  else if (step.data.action === "reject" || step.data.action === "reopen") {
    answer = "not_satisfied";
    reason = step.data.reason ?? null;
  }
  if (!answer) return;
  const complaint = await findComplaintOfTicket(tx, change.tenantId, change.after.id, true);
  if (!complaint) return;
  const at = change.at;
  const patch =
    answer === "not_satisfied"
      ? {
          status: "open",
          satisfaction: answer,
          reopenCount: complaint.reopenCount + 1,
          reopenReason: reason,
          // A new plan is needed: the old one stays on record in the history and audit log.
          approvedBy: null,
          approvedAt: null,
          compensationExecutedAt: null,
          correctiveDoneAt: null,
          closedAt: null,
          updatedAt: at,
        }
      : { status: "closed", satisfaction: answer, closedAt: at, updatedAt: at };
  await updateComplaint(tx, change.tenantId, complaint.id, patch);
  await appendAudit(tx, {
    tenantId: change.tenantId,
    actorId: change.actor?.userId ?? null,
    action: `complaint.${answer}`,
    entityType: "complaint",
    entityId: complaint.id,
    data: { ticketId: change.after.id, reason },
    at,
  });
}
