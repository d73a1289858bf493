import { and, eq } from "drizzle-orm";
import type { CustomerTier } from "../../../../shared/domain.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findCustomer } from "../../customers/index.js";
import { units } from "../../products/index.js";
import type { TicketChanged } from "../../tickets/index.js";
import { assessSeverity } from "../complaint-severity.js";
import { complaintPolicy, findComplaintOfTicket, insertComplaint } from "../complaints.repository.js";
import { enqueueEscalation } from "../escalate-major.js";
import { onCustomerAnswer } from "./customer-answer.js";

// Subscriber of TICKET_CHANGED. Every ticket of type complaint carries a complaint record: made
// when the ticket is created as a complaint (by staff, a channel, or a callback) or changed to one.
// A major complaint's escalation is enqueued here and runs after commit. A complaint ticket's
// confirmation or rejection by the customer is the complaint's satisfaction answer.
export async function onTicketChanged(tx: Db, change: TicketChanged): Promise<void> {
  if (change.after.type !== "complaint") return;
  const becameComplaint = change.before?.type !== "complaint";
  if (becameComplaint) await attachRecord(tx, change);
  else await onCustomerAnswer(tx, change);
}

async function attachRecord(tx: Db, change: TicketChanged): Promise<void> {
  const t = change.after;
  if (await findComplaintOfTicket(tx, t.tenantId, t.id)) return;
  const policy = await complaintPolicy(tx, t.tenantId);
  const tier: CustomerTier | null =
    change.customerTier ?? (await findCustomer(tx, t.tenantId, t.customerId))?.tier ?? null;
  const { severity, reasons } = await assessSeverity(
    tx,
    {
      tenantId: t.tenantId,
      ticketId: t.id,
      customerId: t.customerId,
      text: `${t.subject}\n${t.description}`,
      tier,
      amount: null,
      at: change.at,
    },
    policy,
  );
  const [unit] = t.unitId
    ? await tx
        .select({ productId: units.productId })
        .from(units)
        .where(and(eq(units.tenantId, t.tenantId), eq(units.id, t.unitId)))
    : [];
  const complaint = await insertComplaint(tx, {
    id: newId("cmp"),
    tenantId: t.tenantId,
    ticketId: t.id,
    ticketNumber: t.number,
    customerId: t.customerId,
    unitId: t.unitId,
    productId: unit?.productId ?? null,
    sourceChannel: t.channel,
    nature: "other",
    severity,
    majorReasons: reasons,
    status: "open",
    createdAt: change.at,
    updatedAt: change.at,
  });
  await appendAudit(tx, {
    tenantId: t.tenantId,
    actorId: change.actor?.userId ?? null,
    action: "complaint.opened",
    entityType: "complaint",
    entityId: complaint.id,
    data: { ticketId: t.id, severity, majorReasons: reasons },
    at: change.at,
  });
  if (severity === "major") await enqueueEscalation(tx, t.tenantId, complaint.id);
}
