import type { TUpdateComplaint } from "../../../../shared/api/complaints.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { lockedComplaint } from "./complaint-scope.js";
import { complaintStep } from "./complaint-step.js";
import { complaintById } from "./get-complaint.js";
import { applyRecordChange } from "./raise-complaint.js";

export async function updateComplaintRecord(s: Services, actor: Actor, id: string, input: TUpdateComplaint) {
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    const now = s.clock.now();
    const updated = await applyRecordChange(tx, actor, complaint, ticket, input, now);
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      updated,
      {
        action: "record_updated",
        nature: updated.nature,
        severity: updated.severity,
        majorReasons: updated.majorReasons.map((r) => r.reason),
        note: updated.amountInvolved,
      },
      now,
    );
  });
  return complaintById(s, actor, id);
}
