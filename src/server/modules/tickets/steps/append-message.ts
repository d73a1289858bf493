import type { Channel, Visibility } from "../../../../shared/domain.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { actorKind, customerReply } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import {
  insertMessage,
  linkAttachments,
  type NewTicketRow,
  type TicketRow,
  updateTicketRow,
} from "../tickets.repository.js";

export type NewMessage = { body: string; visibility: Visibility; attachmentIds?: string[] };

function channelOf(actor: Actor): Channel {
  if (actor.role === "customer") return "portal";
  if (actor.role === "dealer") return "dealer";
  return "web";
}

// Adds a message to a ticket locked in `tx` (its history entry, first response, the customer's
// reply moving the status); returns the message id and the row as it stands after.
export async function appendMessage(
  tx: Db,
  s: Services,
  actor: Actor,
  ticket: TicketRow,
  input: NewMessage,
): Promise<{ messageId: string; after: TicketRow }> {
  const staff = isStaff(actor.role);
  if (!staff && input.visibility === "internal") throw new AppError("ticket.internal_forbidden");
  if (!staff && ticket.status === "closed") throw new AppError("ticket.closed_no_messages");
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const now = s.clock.now();
  const message = await insertMessage(tx, {
    id: newId("msg"),
    tenantId: actor.tenantId,
    ticketId: ticket.id,
    body: input.body,
    visibility: input.visibility,
    channel: channelOf(actor),
    authorId: actor.userId,
    createdAt: now,
  });
  const linked = await linkAttachments(tx, actor.tenantId, attachmentIds, actor.userId, {
    ticketId: ticket.id,
    messageId: message.id,
  });
  if (linked !== attachmentIds.length)
    throw new AppError("attachment.not_usable", { id: attachmentIds.join(", ") });
  const events: TicketEventInput[] = [
    {
      type: "message_added",
      data: { messageId: message.id, visibility: input.visibility, channel: message.channel },
    },
  ];
  const patch: Partial<NewTicketRow> = { updatedAt: now };
  if (staff && input.visibility === "public" && !ticket.firstRespondedAt) {
    patch.firstRespondedAt = now;
    events.push({
      type: "first_response",
      data: {
        messageId: message.id,
        minutes: Math.round((now.getTime() - ticket.createdAt.getTime()) / 60_000),
      },
    });
  }
  const reply = customerReply(ticket, actorKind(actor.role));
  if (reply) {
    patch.status = reply.data.to;
    events.push(reply);
  }
  const after = await updateTicketRow(tx, actor.tenantId, ticket.id, patch);
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: { userId: actor.userId, role: actor.role },
    at: now,
    audit: "ticket.message_added",
    events,
  });
  return { messageId: message.id, after };
}
