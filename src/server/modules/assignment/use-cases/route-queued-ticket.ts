import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, ticketWithContext } from "../../tickets/index.js";
import { getSettings, lockRouting } from "../assignment.repository.js";
import { applyAssignment } from "./apply-assignment.js";
import { decideFor, explain, loadPool } from "./drain-queue.js";

// "Route now" from the load board: one queued ticket through the same decision as automatic
// routing (online desk agents with room and the skills, the tier rule, the team), on a
// supervisor's request, also when automatic assignment is switched off.
export async function routeQueuedTicket(s: Services, actor: Actor, ref: string) {
  return s.db.transaction(async (tx) => {
    await lockRouting(tx, actor.tenantId);
    const ticket = await findTicket(tx, actor.tenantId, ref, undefined, true);
    if (!ticket) throw new AppError("ticket.not_found");
    if (ticket.status !== "new" || ticket.assigneeId)
      throw new AppError("routing.not_queued", { number: ticket.number });
    const queued = await ticketWithContext(tx, actor.tenantId, ticket.id);
    if (!queued) throw new AppError("ticket.not_found");
    const settings = await getSettings(tx, actor.tenantId);
    const now = s.clock.now();
    const decision = decideFor(await loadPool(tx, actor.tenantId, settings, now), queued, settings);
    if (!decision) throw new AppError("routing.nobody_free", { number: ticket.number });
    const reason = { ...explain(decision), requestedBy: actor.userId };
    const after = await applyAssignment(tx, s, ticket, decision.userId, "auto", reason, now);
    return { ticketId: after.id, number: after.number, assigneeId: decision.userId, status: after.status };
  });
}
