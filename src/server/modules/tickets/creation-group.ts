import type { CustomerTier } from "../../../shared/domain.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { GroupCommit } from "../../platform/db/group-commit.js";
import { withWriteBehind } from "../../platform/db/write-behind.js";
import { AppError } from "../../platform/errors.js";
import { getOrCreate } from "../../platform/get-or-create.js";
import type { Actor } from "../../platform/http/actor.js";
import { newId } from "../../platform/ids.js";
import { createdEvent, recordTicketChanges } from "./ticket-history.js";
import {
  findTicketsWithNamesByIds,
  findTicketWithNamesById,
  insertTickets,
  linkAttachments,
  type NewTicketRow,
  type TicketListRow,
} from "./tickets.repository.js";

// One validated and numbered creation, everything but what the group decides (id, time).
type PendingCreation = {
  actor: Actor;
  customerTier: CustomerTier;
  attachmentIds: string[];
  ticket: Omit<NewTicketRow, "id" | "createdAt" | "updatedAt">;
};

// Writes a group of creations of one tenant in the caller's transaction: the tickets in one INSERT,
// their events and audit entries in one INSERT each; the subscribers (SLA, routing, notices, webhooks) hear each creation as before.
async function writeCreations(tx: Db, s: Services, group: PendingCreation[]): Promise<string[]> {
  const now = s.clock.now();
  const rows = await insertTickets(
    tx,
    group.map((c) => ({
      ...c.ticket,
      id: newId("tkt"),
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const [i, c] of group.entries()) {
    if (c.attachmentIds.length === 0) continue;
    const ticket = rows[i];
    const linked = await linkAttachments(tx, c.ticket.tenantId, c.attachmentIds, c.actor.userId, {
      ticketId: ticket?.id ?? "",
      messageId: null,
    });
    if (linked !== c.attachmentIds.length)
      throw new AppError("attachment.not_usable", { id: c.attachmentIds.join(", ") });
  }
  await recordTicketChanges(
    tx,
    s.events,
    rows.map((ticket, i) => {
      const c = group[i] as PendingCreation;
      return {
        before: null,
        after: ticket,
        actor: { userId: c.actor.userId, role: c.actor.role },
        at: now,
        customerTier: c.customerTier,
        audit: "ticket.created",
        events: [
          createdEvent(ticket, {
            unitSerial: ticket.unitSerial,
            warrantyStatus: ticket.warrantyStatus,
            attachments: c.attachmentIds.length,
          }),
        ],
      };
    }),
  );
  return rows.map((t) => t.id);
}

// What a caller gets back: its ticket's id, and the ticket as it is after commit (routing and SLA
// may have assigned it and set its clocks), read once for the whole group.
type CreatedTicket = { id: string; row: TicketListRow | undefined };
type CreationGroup = GroupCommit<PendingCreation, string, CreatedTicket>;

async function readBack(s: Services, tenantId: string, ids: string[]): Promise<CreatedTicket[]> {
  // One creation alone takes the prepared statement, a group one query for all.
  const [one] = ids;
  const rows =
    ids.length === 1 && one
      ? [await findTicketWithNamesById(s.db, tenantId, one)]
      : await findTicketsWithNamesByIds(s.db, tenantId, ids);
  return ids.map((id, i) => ({ id, row: rows[i] }));
}

const groups = new WeakMap<Services, Map<string, CreationGroup>>();

// One group commit per tenant and process (a small object kept for the life of the process):
// a tenant's creations share transactions, tenants do not wait for each other.
export function groupCommitFor(s: Services, tenantId: string): CreationGroup {
  const byTenant = getOrCreate(groups, s, () => new Map<string, CreationGroup>());
  return getOrCreate(
    byTenant,
    tenantId,
    () =>
      new GroupCommit<PendingCreation, string, CreatedTicket>(
        s.db,
        (tx, group) => withWriteBehind(tx, () => writeCreations(tx, s, group)),
        {
          // PGlite has one connection: its transactions take turns anyway.
          lanes: s.database.kind === "postgres" ? s.config.creationLanes : 1,
          maxGroup: 64,
          finish: (ids) => readBack(s, tenantId, ids),
        },
      ),
  );
}
