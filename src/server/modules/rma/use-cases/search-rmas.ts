import { RMA_QA_QUEUE, RMA_STATUSES } from "../../../../shared/rma.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket } from "../../tickets/index.js";
import { listRmas } from "../rma.repository.js";
import { rmaClock, rmaDto } from "./rma-dto.js";
import { ownScope } from "./rma-scope.js";

export async function searchRmas(
  s: Services,
  actor: Actor,
  q: {
    status?: string;
    kind?: string;
    ticket?: string;
    unitSerial?: string;
    limit: number;
    beforeId?: string;
  },
) {
  if (actor.role === "dealer") return [];
  // `status=qa` is QA's inspection queue; otherwise a comma list of known statuses.
  const statuses =
    q.status === "qa"
      ? [...RMA_QA_QUEUE]
      : q.status
        ? q.status.split(",").filter((x) => (RMA_STATUSES as readonly string[]).includes(x))
        : undefined;
  if (q.status && q.status !== "qa" && statuses?.length === 0) return [];
  let ticketId: string | undefined;
  if (q.ticket) {
    const ticket = await findTicket(s.db, actor.tenantId, q.ticket);
    if (!ticket) return [];
    ticketId = ticket.id;
  }
  const rows = await listRmas(s.db, actor.tenantId, {
    statuses,
    kind: q.kind,
    ticketId,
    unitSerial: q.unitSerial,
    ...ownScope(actor),
    limit: q.limit,
    beforeId: q.beforeId,
  });
  const clock = await rmaClock(s, actor.tenantId);
  return Promise.all(rows.map((r) => rmaDto(s, actor, r, clock)));
}
