import type { TRaiseComplaint, TUpdateComplaint } from "../../../../shared/api/complaints.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findCustomer } from "../../customers/index.js";
import { createTicket, findTicket, type TicketRow, ticketVisibility } from "../../tickets/index.js";
import { assessSeverity } from "../complaint-severity.js";
import {
  type ComplaintRow,
  complaintPolicy,
  findComplaintOfTicket,
  updateComplaint,
} from "../complaints.repository.js";
import { enqueueEscalation } from "../escalate-major.js";
import { lockedComplaint } from "./complaint-scope.js";
import { complaintStep } from "./complaint-step.js";
import { complaintById } from "./get-complaint.js";

// Staff raise a complaint from any ticket: a new ticket of type complaint for the same customer
// and unit (created through tickets' own command, so its record is attached like any other),
// linked to the original, which records the step too.
export async function raiseComplaint(s: Services, actor: Actor, ref: string, input: TRaiseComplaint) {
  const origin = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!origin) throw new AppError("ticket.not_found");
  if (origin.type === "complaint") throw new AppError("complaint.already_complaint");
  const created = await createTicket(s, actor, {
    subject: input.subject ?? origin.subject,
    description: input.description,
    type: "complaint",
    customerId: origin.customerId,
    channel: origin.channel,
    ...(origin.unitSerial ? { unitSerial: origin.unitSerial } : {}),
  });
  const record = await findComplaintOfTicket(s.db, actor.tenantId, created.id);
  if (!record) throw new Error("a complaint ticket was created without its record");
  await s.db.transaction(async (tx) => {
    const originLocked = await findTicket(tx, actor.tenantId, origin.id, undefined, true);
    const { complaint, ticket } = await lockedComplaint(tx, actor, record.id);
    const now = s.clock.now();
    const updated = await applyRecordChange(
      tx,
      actor,
      complaint,
      ticket,
      { nature: input.nature, amountInvolved: input.amountInvolved },
      now,
    );
    const linked = await updateComplaint(tx, actor.tenantId, complaint.id, {
      originTicketId: origin.id,
      originTicketNumber: origin.number,
      updatedAt: now,
    });
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      linked,
      { action: "opened", nature: updated.nature, note: origin.number },
      now,
    );
    if (originLocked)
      await complaintStep(
        tx,
        s,
        originLocked,
        actor,
        linked,
        { action: "raised", complaintNumber: ticket.number, nature: updated.nature },
        now,
      );
  });
  return complaintById(s, actor, record.id);
}

// A change to the record's fields (nature, channel, amount, a manual major mark): the major rules
// are applied again, and a complaint that has just become major is escalated after commit.
export async function applyRecordChange(
  tx: Db,
  actor: Actor,
  complaint: ComplaintRow,
  ticket: TicketRow,
  input: TUpdateComplaint,
  now: Date,
) {
  const amount = input.amountInvolved === undefined ? complaint.amountInvolved : input.amountInvolved;
  const earlier = [...complaint.majorReasons];
  if (input.markMajor && !earlier.some((r) => r.reason === "manual"))
    earlier.push({ reason: "manual", detail: actor.name });
  const customer = await findCustomer(tx, actor.tenantId, complaint.customerId);
  const { severity, reasons } = await assessSeverity(
    tx,
    {
      tenantId: actor.tenantId,
      ticketId: complaint.ticketId,
      customerId: complaint.customerId,
      text: `${ticket.subject}\n${ticket.description}`,
      tier: customer?.tier ?? null,
      amount: amount === null ? null : Number(amount),
      at: complaint.createdAt,
      earlier,
    },
    await complaintPolicy(tx, actor.tenantId),
  );
  const updated = await updateComplaint(tx, actor.tenantId, complaint.id, {
    ...(input.nature ? { nature: input.nature } : {}),
    ...(input.sourceChannel ? { sourceChannel: input.sourceChannel } : {}),
    amountInvolved: amount,
    severity,
    majorReasons: reasons,
    updatedAt: now,
  });
  if (severity === "major" && !complaint.escalatedAt)
    await enqueueEscalation(tx, actor.tenantId, complaint.id);
  return updated;
}
