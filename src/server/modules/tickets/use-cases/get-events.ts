import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { externalView } from "../ticket-events.js";
import { listEvents } from "../tickets.repository.js";
import { visibleTicket } from "./visible-ticket.js";

// Customers and dealers see each event as its declaration allows (ticket-events.ts): hidden, or
// only the fields meant for them. Staff see everything.
export async function getEvents(s: Services, actor: Actor, ref: string) {
  const ticket = await visibleTicket(s, actor, ref);
  const staff = isStaff(actor.role);
  const rows = await listEvents(s.db, actor.tenantId, ticket.id);
  return rows.flatMap(({ event: e, actorName, actorRole }) => {
    const data = staff ? e.data : externalView(e.type, e.data, actorRole);
    if (!data) return [];
    return [
      {
        id: e.id,
        type: e.type,
        actorId: e.actorId,
        actorName,
        actorRole,
        data,
        createdAt: e.createdAt.toISOString(),
      },
    ];
  });
}
