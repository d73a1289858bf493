import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { defineJob, enqueue } from "../../platform/jobs/queue.js";
import { findUser, users } from "../auth/index.js";
import { escalateComplaint, findTicket, isOpenStatus } from "../tickets/index.js";
import { insertNotification } from "../workspace/index.js";
import { complaintPolicy, findComplaint, updateComplaint } from "./complaints.repository.js";

// Who a major complaint goes to: the tenant's service manager when set and still active staff,
// else the first active supervisor.
async function serviceManager(db: Db, tenantId: string): Promise<string | null> {
  const { serviceManagerId } = await complaintPolicy(db, tenantId);
  if (serviceManagerId) {
    const u = await findUser(db, tenantId, serviceManagerId);
    if (u?.active && (u.role === "supervisor" || u.role === "admin")) return u.id;
  }
  const [first] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, "supervisor"), eq(users.active, true)))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  return first?.id ?? null;
}

// A complaint became major: escalate it once, in its own transaction after the change that made
// it major committed (that change may be a ticket's creation, which must not nest another change).
export const escalateMajorJob = defineJob({
  kind: "complaints.escalate_major",
  payload: z.object({ tenantId: z.string(), complaintId: z.string() }),
  async handle(p, { tx, s, now }) {
    await escalateNow(tx, s, p.tenantId, p.complaintId, now);
  },
});

export async function enqueueEscalation(tx: Db, tenantId: string, complaintId: string): Promise<void> {
  await enqueue(
    tx,
    escalateMajorJob,
    { tenantId, complaintId },
    { tenantId, singletonKey: `complaint-major:${complaintId}` },
  );
}

async function escalateNow(tx: Db, s: Services, tenantId: string, complaintId: string, now: Date) {
  const complaint = await findComplaint(tx, tenantId, complaintId, true);
  if (complaint?.severity !== "major" || complaint.escalatedAt) return;
  const ticket = await findTicket(tx, tenantId, complaint.ticketId, undefined, true);
  // A ticket already resolved or closed (an old complaint seen late) is not handed to anyone.
  if (!ticket || !isOpenStatus(ticket.status)) return;
  const manager = await serviceManager(tx, tenantId);
  await escalateComplaint(tx, s, ticket, {
    assignTo: manager,
    at: now,
    event: {
      type: "complaint_step",
      data: {
        complaintId,
        action: "escalated",
        status: complaint.status,
        severity: "major",
        majorReasons: complaint.majorReasons.map((r) => r.reason),
        assignedTo: manager,
      },
    },
  });
  await updateComplaint(tx, tenantId, complaintId, {
    escalatedAt: now,
    escalatedTo: manager,
    updatedAt: now,
  });
  if (manager)
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId,
      userId: manager,
      kind: "complaint_major",
      ticketId: ticket.id,
      data: {
        number: ticket.number,
        subject: ticket.subject,
        reasons: complaint.majorReasons.map((r) => r.reason),
      },
      createdAt: now,
    });
}
