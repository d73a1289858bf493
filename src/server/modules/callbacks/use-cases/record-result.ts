import { and, eq } from "drizzle-orm";
import type { CallbackDetail, CallbackResult } from "../../../../shared/api/callbacks.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type CallbackSettlement, createTicket, findTicket, recordCallback } from "../../tickets/index.js";
import { type CallbackRow, findCallback, lockCallback } from "../callbacks.repository.js";
import { callbacks } from "../callbacks.tables.js";
import { getCallback } from "./get-callback.js";

export type ResultInput = {
  result: CallbackResult;
  score?: number;
  note?: string;
  // not_fixed: why (the ticket is reopened with it).
  reason?: string;
  // complaint: what the customer complains about (the new complaint ticket's description).
  complaint?: string;
};

const SETTLE: Record<CallbackResult, CallbackSettlement | undefined> = {
  fixed: "confirm",
  not_fixed: "reopen",
  complaint: undefined,
};
const OUTCOME = { fixed: "confirmed", not_fixed: "reopened", complaint: "complaint" } as const;

// Reached the customer: the result closes the loop on the ticket through the tickets module — fixed
// confirms (closes) it, not fixed reopens it with the reason, a complaint opens a `complaint`
// ticket that names the original (the complaints module attaches its record to it).
export async function recordResult(
  s: Services,
  actor: Actor,
  id: string,
  input: ResultInput,
): Promise<CallbackDetail> {
  if (input.result === "fixed" && input.score === undefined) throw new AppError("callback.score_required");
  if (input.result === "not_fixed" && !input.reason?.trim()) throw new AppError("callback.reason_required");
  if (input.result === "complaint" && !input.complaint?.trim())
    throw new AppError("callback.complaint_required");
  const before = await findCallback(s.db, actor.tenantId, id);
  assertOpen(before);
  let complaintTicket: { id: string; number: string } | undefined;
  if (input.result === "complaint" && before) {
    const original = await findTicket(s.db, actor.tenantId, before.ticketId);
    if (!original) throw new AppError("ticket.not_found");
    // A ticket of its own, created through the tickets module like any other; its description and
    // tag name the ticket the callback was about.
    const created = await createTicket(s, actor, {
      subject: `回访投诉 / Complaint on callback: ${original.number}`,
      description: `${input.complaint?.trim()}\n\n— ${original.number}: ${original.subject}`,
      type: "complaint",
      channel: "phone",
      customerId: original.customerId,
      tags: ["callback-complaint", `re:${original.number}`],
    });
    complaintTicket = { id: created.id, number: created.number };
  }
  await s.db.transaction(async (tx) => {
    const cb = await lockCallback(tx, actor.tenantId, id);
    assertOpen(cb);
    if (!cb) return;
    const now = s.clock.now();
    const reason =
      input.result === "not_fixed"
        ? (input.reason?.trim() ?? null)
        : input.result === "fixed"
          ? `回访确认已解决 / confirmed on callback${input.score ? ` (${input.score}/5)` : ""}`
          : null;
    await tx
      .update(callbacks)
      .set({
        status: "done",
        result: input.result,
        score: input.score ?? null,
        note: input.note?.trim() || null,
        reason,
        complaintTicketId: complaintTicket?.id ?? null,
        closedAt: now,
        closedBy: actor.userId,
      })
      .where(and(eq(callbacks.tenantId, actor.tenantId), eq(callbacks.id, id)));
    await recordCallback(tx, s, {
      tenantId: actor.tenantId,
      ticketId: cb.ticketId,
      actor,
      event: {
        type: "callback",
        data: {
          callbackId: id,
          outcome: OUTCOME[input.result],
          attempt: cb.attempts + 1,
          score: input.score ?? null,
          complaintNumber: complaintTicket?.number ?? null,
          reason,
        },
      },
      settle: SETTLE[input.result],
      at: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: `callback.${input.result}`,
      entityType: "callback",
      entityId: id,
      data: {
        ticketId: cb.ticketId,
        score: input.score ?? null,
        complaintTicketId: complaintTicket?.id ?? null,
      },
      at: now,
    });
  });
  return getCallback(s, actor, id);
}

// Open, or unreachable and left to the desk (no auto-confirmation): a late answer still counts.
function assertOpen(cb: CallbackRow | undefined): void {
  if (!cb) throw new AppError("callback.not_found");
  if (cb.result !== null || cb.status === "done") throw new AppError("callback.closed");
}
