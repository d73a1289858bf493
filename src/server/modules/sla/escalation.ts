import type { Role } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { findUnitBySerial } from "../products/index.js";
import { escalateBySla, type TicketRow } from "../tickets/index.js";
import { findAssignee, insertEscalation, isSpecialist } from "./sla.repository.js";
import type { EscalationStep } from "./sla.tables.js";

const GOLDEN_DEADLINE_MS = 3_600_000;

type Step = {
  level: number;
  source: "policy" | "manual" | "golden";
  notifyRoles: Role[];
  assignTo: string | null;
};

export const stepOf = (steps: EscalationStep[], level: number) => steps.find((x) => x.level === level);

async function productSkills(tx: Db, ticket: TicketRow): Promise<string[]> {
  if (!ticket.unitSerial) return [];
  const unit = await findUnitBySerial(tx, ticket.tenantId, ticket.unitSerial);
  return unit?.productSkills ?? [];
}

// Applies one step of the ladder: finds the step's assignee, records the escalation history row,
// and has tickets raise the level and hand the ticket over (escalateBySla).
export async function applyStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  step: Step,
  now: Date,
): Promise<void> {
  let assignee: string | null = null;
  if (step.assignTo) {
    const skills = await productSkills(tx, ticket);
    const covered =
      step.assignTo === "specialist" &&
      ticket.assigneeId !== null &&
      (await isSpecialist(tx, ticket.tenantId, ticket.assigneeId, skills));
    assignee = covered ? ticket.assigneeId : await findAssignee(tx, ticket.tenantId, step.assignTo, skills);
  }
  const deadlineAt = step.source === "golden" ? new Date(now.getTime() + GOLDEN_DEADLINE_MS) : null;
  await insertEscalation(tx, {
    id: newId("esc"),
    tenantId: ticket.tenantId,
    ticketId: ticket.id,
    level: step.level,
    source: step.source,
    assignedTo: assignee,
    notifyRoles: step.notifyRoles,
    deadlineAt,
    at: now,
  });
  await escalateBySla(tx, s, ticket, { ...step, assignTo: assignee, deadlineAt, at: now });
}
