import type { Channel, TicketType, Visibility } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { tenantToday } from "../../products/index.js";
import { checkAttachment, normaliseContentType, safeFileName } from "../attachment-policy.js";
import { customerReply } from "../lifecycle-events.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { nextTicketNumber } from "../ticket-numbers.js";
import {
  insertAttachment,
  insertMessage,
  insertTicket,
  type NewTicketRow,
  type TicketRow,
  updateTicketRow,
} from "../tickets.repository.js";

// Intake from channels (e-mail, phone, forms): no signed-in actor, the customer is already known,
// and the caller owns the transaction (so a mail's ticket, message and dedupe row commit together).
type ChannelActor = { userId: string; role: "agent" | "admin" | "supervisor" } | null;

export type ChannelTicketInput = {
  tenantId: string;
  customerId: string;
  outletId: string | null;
  subject: string;
  description: string;
  type: TicketType;
  channel: Channel;
  actor: ChannelActor;
};

export async function openTicketFromChannel(
  tx: Db,
  s: Services,
  input: ChannelTicketInput,
): Promise<TicketRow> {
  // Read through the caller's transaction (one connection on PGlite: s.db would wait on it).
  const today = await tenantToday({ ...s, db: tx }, input.tenantId);
  const now = s.clock.now();
  const ticket = await insertTicket(tx, {
    id: newId("tkt"),
    tenantId: input.tenantId,
    number: await nextTicketNumber(tx, input.tenantId, Number(today.slice(0, 4))),
    subject: input.subject.slice(0, 300) || "(no subject)",
    description: input.description,
    type: input.type,
    priority: "C",
    status: "new",
    channel: input.channel,
    customerId: input.customerId,
    outletId: input.outletId,
    reporterId: input.actor?.userId ?? null,
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
  await recordTicketChange(tx, s.events, {
    before: null,
    after: ticket,
    actor: input.actor,
    at: now,
    audit: "ticket.created",
    events: [
      {
        type: "created",
        data: {
          number: ticket.number,
          type: ticket.type,
          priority: ticket.priority,
          channel: ticket.channel,
          customerId: ticket.customerId,
        },
      },
    ],
  });
  return ticket;
}

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

export type ChannelFile = { id?: string; name: string; contentType: string; bytes: Uint8Array };

// Files that came with a mail are kept, never dropped; a type we would not accept as an upload
// is stored as an opaque download so no browser renders it.
export async function attachChannelFile(
  tx: Db,
  s: Services,
  target: { tenantId: string; ticketId: string; messageId: string },
  file: ChannelFile,
) {
  const declared = normaliseContentType(file.contentType) || "application/octet-stream";
  const contentType = checkAttachment(declared, file.bytes).ok ? declared : "application/octet-stream";
  const stored = await s.files.put(target.tenantId, file.bytes);
  return insertAttachment(tx, {
    id: file.id ?? newId("att"),
    tenantId: target.tenantId,
    ticketId: target.ticketId,
    messageId: target.messageId,
    uploaderId: null,
    name: safeFileName(file.name),
    size: stored.size,
    contentType,
    sha256: stored.sha256,
    storageKey: stored.key,
    createdAt: s.clock.now(),
  });
}
