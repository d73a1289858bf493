import { TICKET_WEBHOOK_EVENTS, type WebhookEventType } from "../../../shared/webhook-events.js";
import type { TicketChanged } from "../tickets/index.js";

export type WebhookEvent = { type: WebhookEventType; payload: Record<string, unknown> };

// The body every receiver gets (documented in the README): `id` is the event's id (the same in
// every subscription's delivery and in a replay), `data.ticket` the ticket after the change,
// `data.event` the history entry as staff see it. Internal notes are never sent: their
// message_added entry is left out, and no entry carries a message body.
export function ticketWebhookEvents(change: TicketChanged, eventId: () => string): WebhookEvent[] {
  const t = change.after;
  const ticket = {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: t.status,
    priority: t.priority,
    type: t.type,
    channel: t.channel,
    customerId: t.customerId,
    assigneeId: t.assigneeId,
    teamId: t.teamId,
    escalationLevel: t.escalationLevel,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
  const out: WebhookEvent[] = [];
  for (const e of change.events) {
    const type = `ticket.${e.type}` as WebhookEventType;
    if (!(TICKET_WEBHOOK_EVENTS as readonly string[]).includes(type)) continue;
    if (e.type === "message_added" && e.data.visibility !== "public") continue;
    out.push({
      type,
      payload: {
        id: eventId(),
        type,
        createdAt: change.at.toISOString(),
        data: {
          ticket,
          event: JSON.parse(JSON.stringify(e.data ?? {})) as unknown,
          actor: change.actor ? { userId: change.actor.userId, role: change.actor.role } : null,
        },
      },
    });
  }
  return out;
}
