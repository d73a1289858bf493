import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, ticketWithContext } from "../../tickets/index.js";
import { planFor } from "../plan-for.js";

// Which triggers would fire on this ticket now, and what they would do; changes nothing.
export async function dryRun(s: Services, actor: Actor, ref: string, event: "created" | "updated") {
  const ticket = await findTicket(s.db, actor.tenantId, ref);
  if (!ticket) throw new AppError("ticket.not_found");
  const q = await ticketWithContext(s.db, actor.tenantId, ticket.id);
  if (!q) throw new AppError("ticket.not_found");
  const p = await planFor(s.db, q, event);
  return {
    ticketId: ticket.id,
    event,
    fired: p.fired.map((f) => ({ triggerId: f.triggerId, name: f.name, actions: f.actions })),
    changes: p.patch,
    notes: p.notes,
    replies: p.replies,
    notifications: p.notifications,
  };
}
