import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { TicketEventInput } from "../ticket-history.js";
import type { NewTicketRow, TicketRow } from "../tickets.repository.js";
import { commitEscalation, handOver } from "./escalation-change.js";

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
  handOver(ticket, step.assignTo, { patch, events });
  return commitEscalation(tx, s, ticket, { patch, events }, `ticket.sla_escalation_${step.source}`, step.at);
}
