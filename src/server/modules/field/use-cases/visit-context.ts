import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, recordVisitStep, type VisitTicketEvent } from "../../tickets/index.js";
import { certificationModeOf } from "../certification-policy.js";
import { toVisitDto } from "../field.dto.js";
import { findVisit, listTechnicians, userNames, type VisitRow } from "../field.repository.js";
import { fieldScope } from "../field.scope.js";
import { lapsedSkills, tenantToday } from "./certifications.js";
import { coveringNodePaths, servesCoveredArea } from "./covering-node.js";
import { certifiedSkills } from "./staff-certifications.js";

// A visit the caller may see, locked for a change; "not found" outside their part of the network.
export async function visitInScope(tx: Db, actor: Actor, id: string, lock = false) {
  const scope = await fieldScope(tx, actor);
  const visit = await findVisit(tx, actor.tenantId, id, scope, lock);
  if (!visit) throw new AppError("field.visit_not_found");
  return { visit, scope };
}

// Technicians who can serve a visit: homed at its node, above it (a region's technicians serve its
// outlets) or below it, holding every required skill whose certification has not lapsed; in a
// stable order (earliest-fitting first). The tenant's certification policy narrows it further:
// "required" keeps only those certified for every required skill today, "preferred" puts them first.
// When coverage areas name the node serving the customer's address, only that node's technicians
// and its parents' qualify for the automatic assignment (the slot offer and the earliest-fitting
// booking): another branch's never do. Staff naming a technician (`byCoverage` false) keep the node
// rule alone: that choice is deliberate.
export async function eligibleTechnicians(
  tx: Db,
  s: Services,
  visit: VisitRow,
  lock = false,
  byCoverage = true,
) {
  const all = await listTechnicians(tx, visit.tenantId, undefined, lock);
  const covering = byCoverage ? await coveringNodePaths(tx, visit.tenantId, visit.customerId) : [];
  const skilled = all.filter(
    (t) =>
      (visit.nodePath.startsWith(t.path) || t.path.startsWith(visit.nodePath)) &&
      servesCoveredArea(t.path, covering) &&
      visit.requiredSkills.every((sk) => t.tech.skills.includes(sk)),
  );
  if (visit.requiredSkills.length === 0) return skilled;
  const today = await tenantToday(tx, s, visit.tenantId);
  const lapsed = await lapsedSkills(
    tx,
    visit.tenantId,
    skilled.map((t) => t.tech.userId),
    today,
  );
  const current = skilled.filter(
    (t) => !visit.requiredSkills.some((sk) => lapsed.get(t.tech.userId)?.has(sk)),
  );
  const mode = await certificationModeOf(tx, visit.tenantId);
  if (mode === "off") return current;
  const held = await certifiedSkills(
    tx,
    visit.tenantId,
    current.map((t) => t.tech.userId),
    today,
  );
  const certified = (t: (typeof current)[number]) =>
    visit.requiredSkills.every((sk) => held.get(t.tech.userId)?.has(sk));
  if (mode === "required") return current.filter(certified);
  return [...current.filter(certified), ...current.filter((t) => !certified(t))];
}

// One step of a visit on its ticket's history (and the audit log), in the visit's transaction.
export async function recordStep(
  tx: Db,
  s: Services,
  actor: Actor,
  visit: VisitRow,
  data: Omit<VisitTicketEvent["data"], "visitId" | "kind">,
) {
  const ticket = await findTicket(tx, actor.tenantId, visit.ticketNumber);
  if (!ticket) throw new AppError("ticket.not_found");
  await recordVisitStep(
    tx,
    s,
    ticket,
    actor,
    { type: "visit_step", data: { visitId: visit.id, kind: visit.kind, ...data } },
    s.clock.now(),
  );
}

export async function visitDto(tx: Db, visit: VisitRow) {
  const names = await userNames(tx, visit.tenantId, visit.technicianId ? [visit.technicianId] : []);
  return toVisitDto(visit, visit.technicianId ? (names.get(visit.technicianId) ?? null) : null);
}
