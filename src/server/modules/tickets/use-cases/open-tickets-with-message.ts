import type { CustomerTier, Visibility } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { tenantToday } from "../../products/index.js";
import { createdEvent, type RecordedChange, recordTicketChanges } from "../ticket-history.js";
import { nextTicketNumber } from "../ticket-numbers.js";
import {
  insertAttachments,
  insertMessages,
  insertTickets,
  type MessageRow,
  type TicketRow,
  updateTicketRows,
} from "../tickets.repository.js";
import { type ChannelFile, channelFileRow } from "./attach-channel-file.js";
import type { ChannelTicketInput } from "./open-ticket-from-channel.js";

// One channel request that opens a ticket with its first message (a mail), as
// `openTicketFromChannel` followed by `addChannelMessage` and `attachChannelFile` would write it.
export type ChannelTicketWithMessage = {
  ticket: ChannelTicketInput & { customerTier?: CustomerTier };
  message: {
    id: string;
    body: string;
    bodyHtml: string | null;
    fromAddress: string | null;
    visibility: Visibility;
  };
  files: ChannelFile[];
};

// Many such requests of one tenant in the caller's transaction (mails that arrived together):
// tickets, messages, attachments, events and audit entries as one multi-row statement each. Every
// ticket goes through the same two changes as one opened alone (`created`, then `message_added`),
// so subscribers (SLA, routing, notices, webhooks, analytics) hear each of them as before.
export async function openTicketsWithMessage(
  tx: Db,
  s: Services,
  inputs: ChannelTicketWithMessage[],
): Promise<{ ticket: TicketRow; message: MessageRow }[]> {
  const [first] = inputs;
  if (!first) return [];
  const tenantId = first.ticket.tenantId;
  if (inputs.some((i) => i.ticket.tenantId !== tenantId)) throw new Error("one tenant per call");
  const now = s.clock.now();
  const numbers: string[] = [];
  for (const { ticket } of inputs) numbers.push(ticket.number ?? (await numberInside(tx, s, tenantId)));
  const opened = await insertTickets(
    tx,
    inputs.map(({ ticket: t }, i) => ({
      id: newId("tkt"),
      tenantId,
      number: numbers[i] as string,
      subject: t.subject.slice(0, 300) || "(no subject)",
      description: t.description,
      type: t.type,
      priority: "C" as const,
      status: "new" as const,
      channel: t.channel,
      customerId: t.customerId,
      outletId: t.outletId,
      reporterId: t.actor?.userId ?? null,
      tags: [],
      createdAt: now,
      updatedAt: now,
    })),
  );
  await recordTicketChanges(
    tx,
    s.events,
    opened.map((ticket, i) => ({
      before: null,
      after: ticket,
      actor: inputs[i]?.ticket.actor ?? null,
      at: now,
      customerTier: inputs[i]?.ticket.customerTier,
      audit: "ticket.created",
      events: [createdEvent(ticket)],
    })),
  );
  const at = s.clock.now();
  const messages = await insertMessages(
    tx,
    inputs.map(({ ticket: t, message: m }, i) => ({
      id: m.id,
      tenantId,
      ticketId: (opened[i] as TicketRow).id,
      body: m.body,
      bodyHtml: m.bodyHtml,
      visibility: m.visibility,
      channel: t.channel,
      authorId: t.actor?.userId ?? null,
      fromAddress: m.fromAddress,
      createdAt: at,
    })),
  );
  const files = [];
  for (const [i, input] of inputs.entries())
    for (const f of input.files)
      files.push(
        await channelFileRow(
          s,
          { tenantId, ticketId: (opened[i] as TicketRow).id, messageId: input.message.id },
          f,
        ),
      );
  await insertAttachments(tx, files);
  // A message resumes a ticket waiting on the customer; these were opened just now ("new"), so it
  // changes no status and one UPDATE touches them all.
  const touched = new Map(
    (
      await updateTicketRows(
        tx,
        tenantId,
        opened.map((t) => t.id),
        { updatedAt: at },
      )
    ).map((t) => [t.id, t]),
  );
  const changes: RecordedChange[] = opened.map((before, i) => {
    const message = messages[i] as MessageRow;
    return {
      before,
      after: touched.get(before.id) as TicketRow,
      actor: inputs[i]?.ticket.actor ?? null,
      at,
      audit: "ticket.message_added",
      events: [
        {
          type: "message_added",
          data: { messageId: message.id, visibility: message.visibility, channel: message.channel },
        },
      ],
    };
  });
  await recordTicketChanges(tx, s.events, changes);
  return changes.map((c, i) => ({ ticket: c.after, message: messages[i] as MessageRow }));
}

async function numberInside(tx: Db, s: Services, tenantId: string): Promise<string> {
  // Read through the caller's transaction (one connection on PGlite: s.db would wait on it).
  const today = await tenantToday({ ...s, db: tx }, tenantId);
  return nextTicketNumber(tx, tenantId, Number(today.slice(0, 4)));
}
