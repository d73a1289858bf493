import { and, asc, eq, inArray, isNotNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedJson,
  scrubbedText,
} from "../../../platform/privacy/personal-patterns.js";
import { ticketColumns } from "../tickets.repository.js";
import { attachments, ticketEvents, ticketMessages, ticketRatings, tickets } from "../tickets.tables.js";

// Personal data in tickets: what a customer's export holds, and erasure. Ticket rows stay
// (numbers, status, dates, product, priority: the statistics); what the customer wrote and sent
// is erased, and their name, e-mail and phone are replaced by a pseudonym in everything else.

export async function customerTicketIds(db: Db, tenantId: string, customerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId)));
  return rows.map((r) => r.id);
}

// Everything tickets hold about a customer, for their data export.
export async function exportTicketData(db: Db, tenantId: string, customerId: string) {
  const ids = await customerTicketIds(db, tenantId, customerId);
  if (ids.length === 0) return { tickets: [], messages: [], events: [], attachments: [] };
  const inTickets = <T extends { tenantId: unknown; ticketId: unknown }>(t: T) =>
    and(eq(t.tenantId as never, tenantId), inArray(t.ticketId as never, ids));
  return {
    tickets: await db
      .select(ticketColumns)
      .from(tickets)
      .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ids)))
      .orderBy(asc(tickets.createdAt)),
    // Internal notes are staff working material about the case, not the customer's data.
    messages: await db
      .select()
      .from(ticketMessages)
      .where(and(inTickets(ticketMessages), eq(ticketMessages.visibility, "public")))
      .orderBy(asc(ticketMessages.createdAt)),
    events: await db
      .select({
        id: ticketEvents.id,
        ticketId: ticketEvents.ticketId,
        type: ticketEvents.type,
        createdAt: ticketEvents.createdAt,
      })
      .from(ticketEvents)
      .where(inTickets(ticketEvents))
      .orderBy(asc(ticketEvents.id)),
    attachments: await db
      .select({
        id: attachments.id,
        ticketId: attachments.ticketId,
        name: attachments.name,
        size: attachments.size,
        contentType: attachments.contentType,
        sha256: attachments.sha256,
        createdAt: attachments.createdAt,
      })
      .from(attachments)
      .where(and(inTickets(attachments), ne(attachments.storageKey, "")))
      .orderBy(asc(attachments.createdAt)),
  };
}

export type TicketErasure = {
  tenantId: string;
  ticketIds: string[];
  // The customer's own accounts: messages and uploads by them are erased, not just scrubbed.
  authorIds: string[];
  // Addresses the customer wrote from (channel messages without an author).
  fromAddresses: string[];
  who: PersonalPatterns;
};

// Erases the customer's text and files on these tickets and scrubs their identifiers from the
// rest; returns the storage keys no longer referenced, for the caller to delete after commit.
export async function eraseTicketData(tx: Db, e: TicketErasure): Promise<string[]> {
  if (e.ticketIds.length === 0) return [];
  const { tenantId, ticketIds, who } = e;
  await tx
    .update(tickets)
    .set({
      subject: scrubbedText(tickets.subject, who),
      description: ERASED_TEXT,
      version: sql`${tickets.version} + 1`,
    })
    .where(and(eq(tickets.tenantId, tenantId), inArray(tickets.id, ticketIds)));
  // A rating's comment is the customer's own words; the score stays for the statistics.
  await tx
    .update(ticketRatings)
    .set({ comment: null })
    .where(and(eq(ticketRatings.tenantId, tenantId), inArray(ticketRatings.ticketId, ticketIds)));
  const byCustomer = or(
    e.authorIds.length ? inArray(ticketMessages.authorId, e.authorIds) : sql`false`,
    e.fromAddresses.length
      ? inArray(
          sql`lower(${ticketMessages.fromAddress})`,
          e.fromAddresses.map((a) => a.toLowerCase()),
        )
      : sql`false`,
  );
  const onTheirTickets = and(
    eq(ticketMessages.tenantId, tenantId),
    inArray(ticketMessages.ticketId, ticketIds),
  );
  await tx
    .update(ticketMessages)
    .set({ body: ERASED_TEXT, bodyHtml: null, fromAddress: null })
    .where(and(onTheirTickets, byCustomer));
  await tx
    .update(ticketMessages)
    .set({
      body: scrubbedText(ticketMessages.body, who),
      bodyHtml: sql`case when ${ticketMessages.bodyHtml} is null then null else ${scrubbedText(ticketMessages.bodyHtml, who)} end`,
      fromAddress: sql`case when ${mentions(ticketMessages.fromAddress, who)} then null else ${ticketMessages.fromAddress} end`,
    })
    .where(
      and(
        onTheirTickets,
        mentions(
          sql`concat_ws(' ', ${ticketMessages.body}, ${ticketMessages.bodyHtml}, ${ticketMessages.fromAddress})`,
          who,
        ),
      ),
    );
  await tx
    .update(ticketEvents)
    .set({ data: scrubbedJson(ticketEvents.data, who) })
    .where(
      and(
        eq(ticketEvents.tenantId, tenantId),
        inArray(ticketEvents.ticketId, ticketIds),
        mentions(ticketEvents.data, who),
      ),
    );
  return eraseAttachments(
    tx,
    tenantId,
    and(
      eq(attachments.tenantId, tenantId),
      or(
        inArray(attachments.ticketId, ticketIds),
        // uploads the customer never attached to anything
        e.authorIds.length ? inArray(attachments.uploaderId, e.authorIds) : sql`false`,
      ),
    ),
  );
}

// Attachment contents go (the row stays as a record that something was attached: size, type,
// date); returns the storage keys they used, for the caller to delete after commit when no
// other row still refers to them (identical uploads share a file).
async function eraseAttachments(tx: Db, tenantId: string, where: SQL | undefined): Promise<string[]> {
  const rows = await tx
    .select({ id: attachments.id, key: attachments.storageKey })
    .from(attachments)
    .where(and(where, ne(attachments.storageKey, "")))
    .for("update");
  if (rows.length === 0) return [];
  await tx
    .update(attachments)
    .set({ name: ERASED_TEXT, storageKey: "", sha256: "" })
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        inArray(
          attachments.id,
          rows.map((r) => r.id),
        ),
      ),
    );
  return [...new Set(rows.map((r) => r.key))];
}

// Retention: closed before `closedBefore` and not erased yet (the description is the mark), oldest
// first, with their customers.
export async function closedTicketsToErase(db: Db, tenantId: string, closedBefore: Date, limit: number) {
  return db
    .select({ id: tickets.id, customerId: tickets.customerId })
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        isNotNull(tickets.closedAt),
        lt(tickets.closedAt, closedBefore),
        ne(tickets.description, ERASED_TEXT),
      ),
    )
    .orderBy(asc(tickets.closedAt))
    .limit(limit);
}

// Storage keys still referenced by an attachment of the tenant.
export async function attachmentKeysInUse(db: Db, tenantId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: attachments.storageKey })
    .from(attachments)
    .where(and(eq(attachments.tenantId, tenantId), inArray(attachments.storageKey, keys)));
  return new Set(rows.map((r) => r.key));
}

// Retention: attachments of tickets closed before `closedBefore` lose their contents.
export async function purgeOldAttachments(tx: Db, tenantId: string, closedBefore: Date): Promise<string[]> {
  return eraseAttachments(
    tx,
    tenantId,
    and(
      eq(attachments.tenantId, tenantId),
      inArray(
        attachments.ticketId,
        tx
          .select({ id: tickets.id })
          .from(tickets)
          .where(
            and(
              eq(tickets.tenantId, tenantId),
              isNotNull(tickets.closedAt),
              lt(tickets.closedAt, closedBefore),
            ),
          ),
      ),
    ),
  );
}
