import type { TicketAction } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { autoCloseJob } from "../jobs/auto-close.js";
import { actorKind, applyAction, type TransitionOutcome } from "../lifecycle.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";
import { runResolveChecks } from "./resolve-checks.js";

const DAY_MS = 86_400_000;

function failure(
  out: Extract<TransitionOutcome, { ok: false }>,
  action: TicketAction,
  status: string,
): AppError {
  switch (out.error) {
    case "invalid_transition":
      return new AppError("ticket.invalid_transition", { action, status });
    case "action_forbidden":
      return new AppError("ticket.action_forbidden", { action });
    case "reason_required":
      return new AppError("ticket.reason_required", { action });
    case "max_escalation":
      return new AppError("ticket.max_escalation");
  }
}

// One lifecycle action on a ticket locked in `tx` (the auto-close timer when it resolves);
// returns the row as it stands after.
export async function moveTicket(
  tx: Db,
  s: Services,
  actor: Actor,
  ticket: TicketRow,
  move: { action: TicketAction; reason?: string; autoCloseDays: number },
): Promise<TicketRow> {
  const { action, reason, autoCloseDays } = move;
  const out = applyAction(
    { status: ticket.status, escalationLevel: ticket.escalationLevel },
    action,
    actorKind(actor.role),
    reason,
  );
  if (!out.ok) throw failure(out, action, ticket.status);
  if (action === "resolve") await runResolveChecks(tx, ticket);
  const now = s.clock.now();
  const patch: Partial<NewTicketRow> = {
    status: out.state.status,
    escalationLevel: out.state.escalationLevel,
    updatedAt: now,
  };
  if (action === "resolve") patch.resolvedAt = now;
  if (action === "confirm") patch.closedAt = now;
  if (action === "reject" || action === "reopen") Object.assign(patch, { resolvedAt: null, closedAt: null });
  const updated = await updateTicketRow(tx, actor.tenantId, ticket.id, patch);
  const event: TicketEventInput =
    action === "escalate"
      ? {
          type: "escalated",
          data: { from: ticket.escalationLevel, to: updated.escalationLevel, reason: reason ?? null },
        }
      : {
          type: "status_changed",
          data: { from: ticket.status, to: updated.status, action, reason: reason ?? null },
        };
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: updated,
    actor: { userId: actor.userId, role: actor.role },
    at: now,
    audit: `ticket.${action}`,
    events: [event],
  });
  if (action === "resolve") {
    await enqueue(
      tx,
      autoCloseJob,
      { tenantId: actor.tenantId, ticketId: ticket.id, version: updated.version, days: autoCloseDays },
      { tenantId: actor.tenantId, runAt: new Date(now.getTime() + autoCloseDays * DAY_MS) },
    );
  }
  return updated;
}
