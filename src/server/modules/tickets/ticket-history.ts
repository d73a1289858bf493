import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { insertEvents } from "./tickets.repository.js";

export type TicketEventInput = { type: string; data: Record<string, unknown> };

// Every ticket change writes its history events and one audit entry in the caller's transaction.
export async function recordTicketChange(
  tx: Db,
  change: {
    tenantId: string;
    ticketId: string;
    actorId: string | null;
    at: Date;
    events: TicketEventInput[];
    audit: string;
  },
): Promise<void> {
  await insertEvents(
    tx,
    change.events.map((e) => ({
      id: newId("evt"),
      tenantId: change.tenantId,
      ticketId: change.ticketId,
      type: e.type,
      actorId: change.actorId,
      data: e.data,
      createdAt: change.at,
    })),
  );
  await appendAudit(tx, {
    tenantId: change.tenantId,
    actorId: change.actorId,
    action: change.audit,
    entityType: "ticket",
    entityId: change.ticketId,
    data: { events: change.events },
    at: change.at,
  });
}
