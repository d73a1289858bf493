import type { TicketType, Visibility } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { assignmentStatus } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { insertMessage, type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";

export type TriggerActions = {
  triggers: { id: string; name: string }[];
  fields: Partial<{
    priority: TicketRow["priority"];
    type: TicketType;
    tags: string[];
    teamId: string | null;
  }>;
  // An active member of staff (the caller checked), with the trigger names as the reason.
  assignTo: string | null;
  // Notes and replies, already rendered.
  messages: { body: string; visibility: Visibility }[];
  // Actions left out because their target may no longer be used; the history says which and why.
  skipped?: { action: string; target: string; reason: string }[];
  origin: string;
  at: Date;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// What matching triggers do to a ticket, as one change whose events carry their origin (so routing
// does not react to it again): field changes, an assignment, notes and replies.
export async function applyTriggerActions(
  tx: Db,
  s: Services,
  ticket: TicketRow,
  p: TriggerActions,
): Promise<TicketRow> {
  const { origin, at } = p;
  const events: TicketEventInput[] = [
    { type: "triggers_fired", data: { triggers: p.triggers, origin } },
    ...(p.skipped ?? []).map((k) => ({ type: "trigger_action_skipped" as const, data: { ...k, origin } })),
  ];
  const patch: Partial<NewTicketRow> = {};
  for (const field of ["priority", "type", "tags", "teamId"] as const) {
    const next = p.fields[field];
    if (next === undefined || same(next, ticket[field])) continue;
    Object.assign(patch, { [field]: next });
    events.push({ type: "field_changed", data: { field, from: ticket[field], to: next, origin } });
  }
  if (p.assignTo && p.assignTo !== ticket.assigneeId) {
    patch.assigneeId = p.assignTo;
    const reason = { triggers: p.triggers.map((f) => f.name) };
    events.push({
      type: "assigned",
      data: { from: ticket.assigneeId, to: p.assignTo, rule: "trigger", reason, origin },
    });
    const status = assignmentStatus(ticket, true, { reason: null, origin });
    if (status) {
      patch.status = status.data.to;
      events.push(status);
    }
  }
  const after = await updateTicketRow(tx, ticket.tenantId, ticket.id, { ...patch, updatedAt: at });
  for (const m of p.messages) {
    const id = newId("msg");
    await insertMessage(tx, {
      id,
      tenantId: ticket.tenantId,
      ticketId: ticket.id,
      ...m,
      channel: "web",
      authorId: null,
      createdAt: at,
    });
    events.push({
      type: "message_added",
      data: { messageId: id, visibility: m.visibility, channel: "web", origin },
    });
  }
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at,
    audit: "ticket.triggers_applied",
    events,
  });
  return after;
}
