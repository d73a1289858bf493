import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type ComplaintTicketEvent, recordComplaintStep, type TicketRow } from "../../tickets/index.js";
import type { ComplaintRow } from "../complaints.repository.js";

type StepData = Omit<ComplaintTicketEvent["data"], "complaintId" | "status">;

// Records a complaint step on its ticket: the history event (its customer view is declared in
// tickets' ticket-events.ts) and the audit entry.
export async function complaintStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  actor: Actor,
  complaint: ComplaintRow,
  data: StepData,
  at: Date,
): Promise<void> {
  await recordComplaintStep(
    tx,
    s,
    ticket,
    actor,
    { type: "complaint_step", data: { complaintId: complaint.id, status: complaint.status, ...data } },
    at,
  );
}
