import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { findUnitBySerial } from "../products/index.js";
import {
  recordTicketChange,
  statusAfterAssignment,
  type TicketEventInput,
  type TicketRow,
  updateTicketRow,
} from "../tickets/index.js";
import { findAssignee, insertEscalation, isSpecialist } from "./sla.repository.js";
import type { EscalationStep } from "./sla.tables.js";

const GOLDEN_DEADLINE_MS = 3_600_000;

type Step = {
  level: number;
  source: "policy" | "manual" | "golden";
  notifyRoles: string[];
  assignTo: string | null;
};

export const stepOf = (steps: EscalationStep[], level: number) => steps.find((x) => x.level === level);

async function productSkills(tx: Db, ticket: TicketRow): Promise<string[]> {
  if (!ticket.unitSerial) return [];
  const unit = await findUnitBySerial(tx, ticket.tenantId, ticket.unitSerial);
  return unit?.productSkills ?? [];
}

// Applies one step of the ladder: raises the level (policy, golden), hands the ticket to the step's
// assignee, and records both the ticket events and the escalation history row.
export async function applyStep(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  step: Step,
  now: Date,
): Promise<void> {
  const events: TicketEventInput[] = [];
  const patch: Partial<TicketRow> = {};
  const raise = step.source !== "manual" && ticket.escalationLevel < step.level;
  if (raise) patch.escalationLevel = step.level;
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
  const detail = {
    level: step.level,
    source: step.source,
    notifyRoles: step.notifyRoles,
    assignedTo: assignee,
    ...(deadlineAt ? { golden: true, deadlineAt: deadlineAt.toISOString() } : {}),
  };
  if (raise)
    events.push({ type: "escalated", data: { from: ticket.escalationLevel, to: step.level, ...detail } });
  else events.push({ type: "escalation_step", data: detail });
  if (assignee && assignee !== ticket.assigneeId) {
    patch.assigneeId = assignee;
    events.push({ type: "assigned", data: { from: ticket.assigneeId, to: assignee, rule: "escalation" } });
    const status = statusAfterAssignment(ticket.status, true);
    if (status !== ticket.status) {
      patch.status = status;
      events.push({ type: "status_changed", data: { from: ticket.status, to: status, action: "assign" } });
    }
  }
  const after =
    Object.keys(patch).length > 0
      ? await updateTicketRow(tx, ticket.tenantId, ticket.id, { ...patch, updatedAt: now })
      : ticket;
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
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at: now,
    audit: `ticket.sla_escalation_${step.source}`,
    events,
  });
}
