import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { tenantSettings } from "../../tenancy/index.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { toVisitDto } from "../field.dto.js";
import { findNode, findVisit, searchVisits } from "../field.repository.js";
import type { TCreateVisit } from "../field.schemas.js";
import { fieldScope } from "../field.scope.js";
import { visits } from "../field.tables.js";
import { localMidnight } from "../slots.js";
import { checklistFor } from "./checklists.js";
import { placeTicketWithVisit } from "./ticket-node.js";
import { recordStep, visitDto } from "./visit-context.js";

// A visit for a ticket, served from a node of the caller's part of the network; it waits for a
// booking (the customer picks a window in the portal, or staff book for them).
export async function createVisit(s: Services, actor: Actor, ticketRef: string, input: TCreateVisit) {
  return s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, actor.tenantId, ticketRef, ticketVisibility(actor));
    if (!ticket) throw new AppError("ticket.not_found");
    const scope = await fieldScope(tx, actor);
    const node = await findNode(tx, actor.tenantId, input.nodeId, scope);
    if (!node) throw new AppError("field.node_not_found");
    const now = s.clock.now();
    const [row] = await tx
      .insert(visits)
      .values({
        id: newId("vis"),
        tenantId: actor.tenantId,
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        customerId: ticket.customerId,
        nodeId: node.id,
        nodePath: node.path,
        kind: input.kind,
        durationMinutes: input.durationMinutes,
        address: input.address ?? "",
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        requiredSkills: [...new Set(input.requiredSkills)],
        checklist: await checklistFor(tx, actor.tenantId, input.kind, input.requiredSkills),
        status: "requested",
        parts: [],
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, { action: "created", from: null, to: "requested" });
    await placeTicketWithVisit(tx, s, actor, ticket, node);
    return toVisitDto(row, null);
  });
}

export async function readVisit(s: Services, actor: Actor, id: string) {
  const scope = await fieldScope(s.db, actor);
  const visit = await findVisit(s.db, actor.tenantId, id, scope);
  if (!visit) throw new AppError("field.visit_not_found");
  return visitDto(s.db, visit);
}

// Visits the caller may see; `technicianId=me` is a technician's own jobs; `day` a local date
// (the tenant's time zone) of the booked window.
export async function listVisits(
  s: Services,
  actor: Actor,
  q: { technicianId?: string; ticketRef?: string; day?: string },
) {
  const scope = await fieldScope(s.db, actor);
  const timeZone = (await tenantSettings(s.db, actor.tenantId))?.timezone ?? "Asia/Shanghai";
  const [y, m, d] = (q.day ?? "").split("-").map(Number);
  const from = q.day ? localMidnight(y ?? 0, m ?? 0, d ?? 0, timeZone) : undefined;
  const to = q.day ? localMidnight(y ?? 0, m ?? 0, (d ?? 0) + 1, timeZone) : undefined;
  const tech = q.technicianId === "me" ? actor.userId : q.technicianId;
  const rows = await searchVisits(
    s.db,
    actor.tenantId,
    scope,
    and(
      tech ? eq(visits.technicianId, tech) : undefined,
      q.ticketRef ? eq(visits.ticketNumber, q.ticketRef) : undefined,
    ),
  );
  const inDay = rows.filter(
    (v) => !from || !to || (v.windowStart !== null && v.windowStart >= from && v.windowStart < to),
  );
  return Promise.all(inDay.map((v) => visitDto(s.db, v)));
}
