import type { Channel, Visibility } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { customerReply } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { insertMessage, type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";
import type { ChannelActor } from "./open-ticket-from-channel.js";

export type ChannelMessageInput = {
  id?: string;
  tenantId: string;
  ticket: TicketRow;
  body: string;
  bodyHtml: string | null;
  channel: Channel;
  fromAddress: string | null;
  visibility: Visibility;
  actor: ChannelActor;
};

// Adds a message that came in on a channel; a customer's answer resumes a ticket waiting on them.
export async function addChannelMessage(tx: Db, s: Services, input: ChannelMessageInput) {
  const { ticket } = input;
  const now = s.clock.now();
  const message = await insertMessage(tx, {
    id: input.id ?? newId("msg"),
    tenantId: input.tenantId,
    ticketId: ticket.id,
    body: input.body,
    bodyHtml: input.bodyHtml,
    visibility: input.visibility,
    channel: input.channel,
    authorId: input.actor?.userId ?? null,
    fromAddress: input.fromAddress,
    createdAt: now,
  });
  const events: TicketEventInput[] = [
    {
      type: "message_added",
      data: { messageId: message.id, visibility: input.visibility, channel: input.channel },
    },
  ];
  const patch: Partial<NewTicketRow> = { updatedAt: now };
  // No actor: the customer wrote in (a mail); a member of staff logging a call is no reply.
  const reply = customerReply(ticket, input.actor ? "staff" : "system");
  if (reply) {
    patch.status = reply.data.to;
    events.push(reply);
  }
  const after = await updateTicketRow(tx, input.tenantId, ticket.id, patch);
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: input.actor,
    at: now,
    audit: "ticket.message_added",
    events,
  });
  return { message, ticket: after };
}
