import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { tenantSettings } from "../../tenancy/index.js";
import { autoCloseJob } from "../jobs/auto-close.js";
import { applyAction } from "../lifecycle.js";
import { resolveChecksPass } from "../steps/resolve-checks.js";
import { recordTicketChange } from "../ticket-history.js";
import { findTicket, type TicketRow, updateTicketRow } from "../tickets.repository.js";

const DAY_MS = 86_400_000;

// A field visit finished the work (checked out with the customer's signature): the ticket goes to
// "resolved" — waiting for the customer's confirmation, closed by the silence period otherwise —
// through the lifecycle's own `resolve`, as the agent's button would. A ticket the lifecycle does
// not let resolve (already resolved or closed), or whose resolve checks (a required SOP) do not
// hold yet, is left as it is. Runs in the visit's transaction.
export async function resolveAfterVisit(
  tx: Db,
  s: Services,
  actor: Actor,
  ticketId: string,
): Promise<TicketRow | undefined> {
  const ticket = await findTicket(tx, actor.tenantId, ticketId, undefined, true);
  if (!ticket) return undefined;
  const out = applyAction(
    { status: ticket.status, escalationLevel: ticket.escalationLevel },
    "resolve",
    "staff",
  );
  // A required SOP still open keeps the ticket with its agent, as a follow-up would: the visit
  // itself is done either way.
  if (!out.ok || !(await resolveChecksPass(tx, ticket))) return ticket;
  const now = s.clock.now();
  const updated = await updateTicketRow(tx, actor.tenantId, ticket.id, {
    status: out.state.status,
    resolvedAt: now,
    updatedAt: now,
  });
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: updated,
    actor: { userId: actor.userId, role: actor.role },
    at: now,
    audit: "ticket.resolve",
    events: [
      {
        type: "status_changed",
        data: { from: ticket.status, to: updated.status, action: "resolve", reason: null },
      },
    ],
  });
  const days = (await tenantSettings(tx, actor.tenantId))?.autoCloseDays ?? 7;
  await enqueue(
    tx,
    autoCloseJob,
    { tenantId: actor.tenantId, ticketId: ticket.id, version: updated.version, days },
    { tenantId: actor.tenantId, runAt: new Date(now.getTime() + days * DAY_MS) },
  );
  return updated;
}
