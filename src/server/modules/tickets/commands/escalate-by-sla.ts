import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { assignmentStatus } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";

export type SlaEscalationStep = {
  level: number;
  source: "policy" | "manual" | "golden";
  notifyRoles: string[];
  // Who the step hands the ticket to (null: nobody new).
  assignTo: string | null;
  deadlineAt: Date | null;
  at: Date;
};

// One step of an SLA escalation ladder: raises the level (policy and golden steps; a manual
// escalation already raised it), hands the ticket to the step's assignee with the status that
// implies, and records it all as one change.
export async function escalateBySla(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  step: SlaEscalationStep,
): Promise<TicketRow> {
  const events: TicketEventInput[] = [];
  const patch: Partial<NewTicketRow> = {};
  const raise = step.source !== "manual" && ticket.escalationLevel < step.level;
  if (raise) patch.escalationLevel = step.level;
  const detail = {
    level: step.level,
    source: step.source,
    notifyRoles: step.notifyRoles,
    assignedTo: step.assignTo,
    ...(step.deadlineAt ? { golden: true, deadlineAt: step.deadlineAt.toISOString() } : {}),
  };
  if (raise)
    events.push({ type: "escalated", data: { from: ticket.escalationLevel, to: step.level, ...detail } });
  else events.push({ type: "escalation_step", data: detail });
  if (step.assignTo && step.assignTo !== ticket.assigneeId) {
    patch.assigneeId = step.assignTo;
    events.push({
      type: "assigned",
      data: { from: ticket.assigneeId, to: step.assignTo, rule: "escalation" },
    });
    const status = assignmentStatus(ticket, true);
    if (status) {
      patch.status = status.data.to;
      events.push(status);
    }
  }
  const after =
    Object.keys(patch).length > 0
      ? await updateTicketRow(tx, ticket.tenantId, ticket.id, { ...patch, updatedAt: step.at })
      : ticket;
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at: step.at,
    audit: `ticket.sla_escalation_${step.source}`,
    events,
  });
  return after;
}
