import {
  aliasedTable,
  and,
  asc,
  eq,
  getTableColumns,
  inArray,
  isNull,
  like,
  type SQL,
  sql,
} from "drizzle-orm";
import { isStaff, type Role } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import { prepared } from "../../platform/db/prepared.js";
import type { Actor } from "../../platform/http/actor.js";
import { users } from "../auth/index.js";
import { customers } from "../customers/index.js";
import { products, units } from "../products/index.js";
import { attachments, ticketEvents, ticketMessages, ticketRatings, tickets } from "./tickets.tables.js";

// Every ticket column but search_tokens, which only the search index reads: rows the app loads
// and returns leave it out (it is larger than the rest of the row for a long description).
const { searchTokens: _searchTokens, ...columns } = getTableColumns(tickets);
export const ticketColumns = columns;
export type TicketRow = Omit<typeof tickets.$inferSelect, "searchTokens">;
export type NewTicketRow = typeof tickets.$inferInsert;
export type MessageRow = typeof ticketMessages.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;

// Which tickets an actor may see: staff attached to a service-network node the tickets of that
// node's subtree (a regional manager their region's, an outlet its own), other staff the whole
// tenant, a dealer their outlet's, a customer their own.
export function ticketVisibility(actor: Actor): SQL | undefined {
  if (actor.role === "customer") return eq(tickets.customerId, actor.customerId ?? "-");
  if (actor.role === "dealer") return eq(tickets.outletId, actor.outletId ?? "-");
  if (isStaff(actor.role) && actor.nodePath) return inNodeSubtree(actor.nodePath);
  return undefined;
}

// Node ids may hold "_", a LIKE wildcard: the path is matched as a literal prefix.
const inNodeSubtree = (path: string) =>
  like(tickets.nodePath, `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

export async function insertTicket(db: Db, row: NewTicketRow & { id: string }): Promise<TicketRow> {
  const [created] = await insertTickets(db, [row]);
  if (!created) throw new Error("insert tickets returned nothing");
  return created;
}

// Several tickets in one INSERT, returned in the order of `rows` (RETURNING promises no order).
export async function insertTickets(db: Db, rows: (NewTicketRow & { id: string })[]): Promise<TicketRow[]> {
  const created = new Map(
    (await db.insert(tickets).values(rows).returning(ticketColumns)).map((t) => [t.id, t]),
  );
  return rows.map((r) => {
    const row = created.get(r.id);
    if (!row) throw new Error("insert tickets returned too few rows");
    return row;
  });
}

const refCondition = (ref: string) =>
  ref.startsWith("tkt_") ? eq(tickets.id, ref) : eq(tickets.number, ref);

export async function findTicket(
  db: Db,
  tenantId: string,
  ref: string,
  visibility?: SQL,
  forUpdate = false,
): Promise<TicketRow | undefined> {
  const query = db
    .select(ticketColumns)
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), refCondition(ref), visibility));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

// Applies a change and bumps the version; the caller holds the row lock from findTicket(…, true).
export async function updateTicketRow(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<NewTicketRow>,
): Promise<TicketRow> {
  const [row] = await db
    .update(tickets)
    .set({ ...patch, version: sql`${tickets.version} + 1` })
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, id)))
    .returning(ticketColumns);
  if (!row) throw new Error(`ticket ${id} vanished inside its transaction`);
  return row;
}

// The SLA summary columns; not a ticket change, so the version (and its timers) stay as they are.
export async function setTicketSla(
  db: Db,
  tenantId: string,
  id: string,
  sla: { slaDueAt: Date | null; slaState: TicketRow["slaState"] },
): Promise<void> {
  await db
    .update(tickets)
    .set(sla)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, id)));
}

export async function insertEvents(db: Db, rows: (typeof ticketEvents.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(ticketEvents).values(rows);
}

export async function insertMessage(db: Db, row: typeof ticketMessages.$inferInsert): Promise<MessageRow> {
  const [created] = await db.insert(ticketMessages).values(row).returning();
  if (!created) throw new Error("insert ticket_messages returned nothing");
  return created;
}

// Several messages in one INSERT, returned in the order of `rows`.
export async function insertMessages(
  db: Db,
  rows: (typeof ticketMessages.$inferInsert & { id: string })[],
): Promise<MessageRow[]> {
  if (rows.length === 0) return [];
  const created = new Map((await db.insert(ticketMessages).values(rows).returning()).map((m) => [m.id, m]));
  return rows.map((r) => {
    const row = created.get(r.id);
    if (!row) throw new Error("insert ticket_messages returned too few rows");
    return row;
  });
}

// The same patch for several tickets in one UPDATE, each version bumped; returned in the order of
// `ids`. The caller holds the rows (it has just inserted them).
export async function updateTicketRows(
  db: Db,
  tenantId: string,
  ids: string[],
  patch: Partial<NewTicketRow>,
): Promise<TicketRow[]> {
  if (ids.length === 0) return [];
  const updated = new Map(
    (
      await db
        .update(tickets)
        .set({ ...patch, version: sql`${tickets.version} + 1` })
        .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)))
        .returning(ticketColumns)
    ).map((t) => [t.id, t]),
  );
  return ids.map((id) => {
    const row = updated.get(id);
    if (!row) throw new Error(`ticket ${id} vanished inside its transaction`);
    return row;
  });
}

const assignee = aliasedTable(users, "assignee");

const ticketListColumns = {
  ticket: ticketColumns,
  customerName: customers.name,
  customerTier: customers.tier,
  assigneeName: assignee.name,
  assigneeRole: assignee.role,
  productName: products.name,
  productNameEn: products.nameEn,
};

export type TicketListRow = {
  ticket: TicketRow;
  customerName: string | null;
  customerTier: string | null;
  assigneeName: string | null;
  assigneeRole: Role | null;
  productName: string | null;
  productNameEn: string | null;
};

// The ticket with the names a list or header shows, in one query (no N+1).
export function selectTicketsWithNames(db: Db) {
  return db
    .select(ticketListColumns)
    .from(tickets)
    .leftJoin(customers, and(eq(customers.tenantId, tickets.tenantId), eq(customers.id, tickets.customerId)))
    .leftJoin(assignee, and(eq(assignee.tenantId, tickets.tenantId), eq(assignee.id, tickets.assigneeId)))
    .leftJoin(units, and(eq(units.tenantId, tickets.tenantId), eq(units.id, tickets.unitId)))
    .leftJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)));
}

export async function findTicketWithNames(
  db: Db,
  tenantId: string,
  ref: string,
  visibility?: SQL,
): Promise<TicketListRow | undefined> {
  const [row] = await selectTicketsWithNames(db).where(
    and(eq(tickets.tenantId, tenantId), refCondition(ref), visibility),
  );
  return row;
}

// The read-back after a creation, on every POST /tickets: prepared once (platform/db/prepared.ts).
// The caller has just written the ticket, so no visibility condition applies.
export async function findTicketWithNamesById(
  db: Db,
  tenantId: string,
  id: string,
): Promise<TicketListRow | undefined> {
  const query = prepared(db, "ticket_with_names_by_id", (d) =>
    selectTicketsWithNames(d)
      .where(and(eq(tickets.tenantId, sql.placeholder("tenantId")), eq(tickets.id, sql.placeholder("id"))))
      .prepare("ticket_with_names_by_id"),
  );
  const [row] = await query.execute({ tenantId, id });
  return row;
}

// The read-back of a group of creations: one query for all of them, in the order of `ids`.
export async function findTicketsWithNamesByIds(
  db: Db,
  tenantId: string,
  ids: string[],
): Promise<(TicketListRow | undefined)[]> {
  const rows = await selectTicketsWithNames(db).where(
    and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)),
  );
  const byId = new Map(rows.map((r) => [r.ticket.id, r]));
  return ids.map((id) => byId.get(id));
}

export function assigneeCondition(assigneeId: string, actor: Actor): SQL {
  if (assigneeId === "none") return isNull(tickets.assigneeId);
  return eq(tickets.assigneeId, assigneeId === "me" ? actor.userId : assigneeId);
}

export async function listMessages(db: Db, tenantId: string, ticketId: string, includeInternal: boolean) {
  return db
    .select({ message: ticketMessages, authorName: users.name, authorRole: users.role })
    .from(ticketMessages)
    .leftJoin(users, and(eq(users.tenantId, ticketMessages.tenantId), eq(users.id, ticketMessages.authorId)))
    .where(
      and(
        eq(ticketMessages.tenantId, tenantId),
        eq(ticketMessages.ticketId, ticketId),
        includeInternal ? undefined : eq(ticketMessages.visibility, "public"),
      ),
    )
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
}

export async function listEvents(db: Db, tenantId: string, ticketId: string) {
  return db
    .select({ event: ticketEvents, actorName: users.name, actorRole: users.role })
    .from(ticketEvents)
    .leftJoin(users, and(eq(users.tenantId, ticketEvents.tenantId), eq(users.id, ticketEvents.actorId)))
    .where(and(eq(ticketEvents.tenantId, tenantId), eq(ticketEvents.ticketId, ticketId)))
    .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
}

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [created] = await db.insert(attachments).values(row).returning();
  if (!created) throw new Error("insert attachments returned nothing");
  return created;
}

export async function insertAttachments(db: Db, rows: (typeof attachments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(attachments).values(rows);
}

export async function findAttachment(
  db: Db,
  tenantId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.id, id)));
  return row;
}

export async function findAttachmentsForTicket(
  db: Db,
  tenantId: string,
  ticketId: string,
): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), eq(attachments.ticketId, ticketId)))
    .orderBy(asc(attachments.id));
}

// Links pending uploads of this uploader to a ticket (and message); returns how many were linked.
export async function linkAttachments(
  db: Db,
  tenantId: string,
  ids: string[],
  uploaderId: string,
  target: { ticketId: string; messageId: string | null },
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(attachments)
    .set(target)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        inArray(attachments.id, ids),
        eq(attachments.uploaderId, uploaderId),
        isNull(attachments.ticketId),
      ),
    )
    .returning({ id: attachments.id });
  return rows.length;
}

// A customer's tickets, oldest first (their call history shows them).
export async function listCustomerTickets(
  db: Db,
  tenantId: string,
  customerId: string,
): Promise<TicketRow[]> {
  return db
    .select(ticketColumns)
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId)))
    .orderBy(asc(tickets.createdAt));
}

export async function listMessagesOfTickets(
  db: Db,
  tenantId: string,
  ticketIds: string[],
): Promise<MessageRow[]> {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, tenantId), inArray(ticketMessages.ticketId, ticketIds)))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
}

export async function findMessage(db: Db, tenantId: string, id: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, tenantId), eq(ticketMessages.id, id)));
  return row;
}

// Several messages by id in one query (a subscriber told of many changes at once).
export async function findMessages(db: Db, tenantId: string, ids: string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, tenantId), inArray(ticketMessages.id, ids)));
}

// The customer's rating of a ticket, or null.
export async function findRating(db: Db, tenantId: string, ticketId: string) {
  const [row] = await db
    .select()
    .from(ticketRatings)
    .where(and(eq(ticketRatings.tenantId, tenantId), eq(ticketRatings.ticketId, ticketId)));
  return row ? { score: row.score, comment: row.comment, createdAt: row.createdAt.toISOString() } : null;
}
