import { and, eq, inArray, ne } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { resolveAfterVisit } from "../../tickets/index.js";
import type { VisitRow } from "../field.repository.js";
import { visits } from "../field.tables.js";

// Visit types that do the work the ticket asked for. An inspection or a remote diagnosis finds
// out what is wrong; the agent decides what comes next, so their ticket stays open — unless the
// remote diagnosis solved the problem there and then.
const FINISHING_KINDS = new Set(["installation", "delivery", "repair", "maintenance"]);
const OPEN_VISIT = ["requested", "scheduled", "en_route", "on_site"];

// A visit checked out (the customer signed, checked by the caller): its ticket is resolved —
// waiting for the customer's confirmation — unless the technician marked a follow-up, the visit
// only diagnosed, or another visit of the same ticket is still to come. Returns whether it did.
export async function settleTicketAfterVisit(
  tx: Db,
  s: Services,
  actor: Actor,
  visit: VisitRow,
  followUp: boolean,
): Promise<boolean> {
  const solvedRemotely = visit.kind === "remote" && visit.remoteOutcome === "solved_remotely";
  if (followUp || !(FINISHING_KINDS.has(visit.kind) || solvedRemotely)) return false;
  const [pending] = await tx
    .select({ id: visits.id })
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, visit.tenantId),
        eq(visits.ticketId, visit.ticketId),
        ne(visits.id, visit.id),
        inArray(visits.status, OPEN_VISIT),
      ),
    )
    .limit(1);
  if (pending) return false;
  const ticket = await resolveAfterVisit(tx, s, actor, visit.ticketId);
  return ticket?.status === "resolved";
}
