import type { CustomerTier } from "../../../shared/domain.js";
import type { Role } from "../../../shared/roles.js";
import { appendAudits } from "../../platform/audit/audit-log.js";
import type { Db } from "../../platform/db/client.js";
import { type DomainEvents, defineDomainEvent } from "../../platform/events.js";
import { newId } from "../../platform/ids.js";
import type { TicketEvent } from "./ticket-events.js";
import { insertEvents, type TicketRow } from "./tickets.repository.js";

export type TicketEventInput = TicketEvent;

// The `created` event a new ticket's history starts with; an intake that knows more adds it.
export const createdEvent = (
  ticket: TicketRow,
  more: Partial<Pick<TicketRow, "unitSerial" | "warrantyStatus">> & { attachments?: number } = {},
) =>
  ({
    type: "created" as const,
    data: {
      number: ticket.number,
      type: ticket.type,
      priority: ticket.priority,
      channel: ticket.channel,
      customerId: ticket.customerId,
      ...more,
    },
  }) satisfies TicketEventInput;

// What subscribers (SLA, routing, notifications) learn about every ticket change, in its transaction.
export type TicketChanged = {
  tenantId: string;
  before: TicketRow | null;
  after: TicketRow;
  actor: { userId: string; role: Role } | null;
  at: Date;
  events: TicketEventInput[];
  // Set when the change has just read the customer (creation), so the SLA need not read it again.
  customerTier?: CustomerTier;
};

export const TICKET_CHANGED = defineDomainEvent<TicketChanged>("ticket.changed");

export type RecordedChange = Omit<TicketChanged, "tenantId"> & { audit: string };

// Every ticket change writes its history events and one audit entry in the caller's transaction,
// then tells the subscribers.
export async function recordTicketChange(tx: Db, bus: DomainEvents, change: RecordedChange): Promise<void> {
  await recordTicketChanges(tx, bus, [change]);
}

// Several changes (a group of creations, a drain's assignments): their events in one INSERT, each
// subscriber told of all of them in order, their audit entries in one INSERT.
export async function recordTicketChanges(
  tx: Db,
  bus: DomainEvents,
  changes: RecordedChange[],
): Promise<void> {
  await insertEvents(
    tx,
    changes.flatMap(({ after, actor, at, events }) =>
      events.map((e) => ({
        id: newId("evt"),
        tenantId: after.tenantId,
        ticketId: after.id,
        type: e.type,
        actorId: actor?.userId ?? null,
        data: e.data,
        createdAt: at,
      })),
    ),
  );
  await bus.emitMany(
    tx,
    TICKET_CHANGED,
    changes.map((change) => ({ ...change, tenantId: change.after.tenantId })),
  );
  // The audit append goes last, after whatever the subscribers wrote.
  await appendAudits(
    tx,
    changes.map(({ after, actor, at, audit, events }) => ({
      tenantId: after.tenantId,
      actorId: actor?.userId ?? null,
      action: audit,
      entityType: "ticket",
      entityId: after.id,
      data: { events },
      at,
    })),
  );
}
