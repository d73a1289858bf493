import type { Channel, TicketType } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { tenantToday } from "../../products/index.js";
import { createdEvent, recordTicketChange } from "../ticket-history.js";
import { allocateTicketNumber, nextTicketNumber } from "../ticket-numbers.js";
import { insertTicket, type TicketRow } from "../tickets.repository.js";

// Intake from channels (e-mail, phone, forms): no signed-in actor, the customer is already known,
// and the caller owns the transaction (so a mail's ticket, message and dedupe row commit together).
export type ChannelActor = { userId: string; role: "agent" | "admin" | "supervisor" } | null;

export type ChannelTicketInput = {
  tenantId: string;
  customerId: string;
  outletId: string | null;
  subject: string;
  description: string;
  type: TicketType;
  channel: Channel;
  actor: ChannelActor;
  // Taken before the caller's transaction (`takeTicketNumber`), so concurrent intakes do not queue
  // on the tenant's counter row for the length of each other's transactions; else taken here.
  number?: string;
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
    number: input.number ?? (await nextTicketNumber(tx, input.tenantId, Number(today.slice(0, 4)))),
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
    events: [createdEvent(ticket)],
  });
  return ticket;
}

// A service-order number for a channel ticket about to be opened, outside any transaction and
// batched with concurrent requests; if the ticket is then not opened, the number is a gap.
export async function takeTicketNumber(s: Services, tenantId: string): Promise<string> {
  const today = await tenantToday(s, tenantId);
  return allocateTicketNumber(s.db, tenantId, Number(today.slice(0, 4)));
}
