import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { recordTicketChange } from "../ticket-history.js";
import { findTicket, type TicketRow, updateTicketRow } from "../tickets.repository.js";

export type TicketNode = { path: string; name: string };

// The service-network node that handles a ticket (the field module names it): from then on staff
// of that node's subtree see the ticket. One history event (a staff-only field change) and one
// audit entry; nothing is written when the node stays the same.
export async function setTicketNode(
  tx: Db,
  s: Services,
  actor: Actor,
  ticketId: string,
  node: TicketNode,
  previousName: string | null,
): Promise<TicketRow | undefined> {
  const ticket = await findTicket(tx, actor.tenantId, ticketId, undefined, true);
  if (!ticket || ticket.nodePath === node.path) return ticket;
  const now = s.clock.now();
  const updated = await updateTicketRow(tx, actor.tenantId, ticket.id, {
    nodePath: node.path,
    updatedAt: now,
  });
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after: updated,
    actor: { userId: actor.userId, role: actor.role },
    at: now,
    audit: "ticket.node_set",
    events: [{ type: "field_changed", data: { field: "node", from: previousName, to: node.name } }],
  });
  return updated;
}
