import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { customers } from "../customers/index.js";
import { outlets, tenants } from "../tenancy/index.js";
import {
  confirmTokens,
  emailAddressStatus,
  emailMessages,
  imapSyncState,
  mailboxes,
  outboundMessages,
  phoneCalls,
  publicRequests,
} from "./channels.tables.js";

export type MailboxRow = typeof mailboxes.$inferSelect;
export type EmailMessageRow = typeof emailMessages.$inferSelect;

export async function insertMailbox(
  db: Db,
  row: typeof mailboxes.$inferInsert,
): Promise<MailboxRow | undefined> {
  const [created] = await db.insert(mailboxes).values(row).onConflictDoNothing().returning();
  return created;
}

export async function listMailboxes(db: Db, tenantId: string): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(eq(mailboxes.tenantId, tenantId))
    .orderBy(asc(mailboxes.createdAt));
}

// The two lookups that run before the tenant is known (inbound token, SMTP recipient): by primary
// key, and by address over the small mailboxes table.
export async function findMailboxById(db: Db, id: string): Promise<MailboxRow | undefined> {
  const [row] = await db.select().from(mailboxes).where(eq(mailboxes.id, id));
  return row;
}

export async function findMailboxesByAddress(db: Db, address: string): Promise<MailboxRow[]> {
  return db
    .select()
    .from(mailboxes)
    .where(eq(sql`lower(${mailboxes.address})`, address.toLowerCase()));
}

export async function findMailbox(db: Db, tenantId: string, id: string): Promise<MailboxRow | undefined> {
  const [row] = await db
    .select()
    .from(mailboxes)
    .where(and(eq(mailboxes.tenantId, tenantId), eq(mailboxes.id, id)));
  return row;
}

export async function findEmailByMessageId(
  db: Db,
  tenantId: string,
  messageId: string,
): Promise<EmailMessageRow | undefined> {
  const [row] = await db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, tenantId), eq(emailMessages.messageId, messageId)));
  return row;
}

export async function findEmailsByMessageIds(
  db: Db,
  tenantId: string,
  messageIds: string[],
): Promise<EmailMessageRow[]> {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, tenantId), inArray(emailMessages.messageId, messageIds)));
}

// The ticket of the newest known mail among a reply's In-Reply-To/References.
export async function findThreadTicketId(db: Db, tenantId: string, ids: string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const rows = await db
    .select({ ticketId: emailMessages.ticketId })
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, tenantId), inArray(emailMessages.messageId, ids.slice(0, 100))))
    .orderBy(desc(emailMessages.createdAt));
  return rows.find((r) => r.ticketId)?.ticketId ?? null;
}

// Which of a reply's In-Reply-To/References are mails we sent about this ticket (their ids are
// random: only someone who received our mail can quote them).
export async function referencesOurMail(
  db: Db,
  tenantId: string,
  ticketId: string,
  ids: string[],
): Promise<boolean> {
  if (ids.length === 0) return false;
  const [row] = await db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.tenantId, tenantId),
        inArray(emailMessages.messageId, ids.slice(0, 100)),
        eq(emailMessages.direction, "out"),
        eq(emailMessages.ticketId, ticketId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// Whether an address already takes part in a ticket's mail thread: it is the customer's address
// or one of the customer's sign-in accounts, we mailed it about this ticket, or a mail of its was
// accepted into the ticket. `address` is lowercased and trimmed by the caller.
export async function isThreadParticipant(
  db: Db,
  tenantId: string,
  ticket: { id: string; customerId: string },
  address: string,
): Promise<boolean> {
  const [customer] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.tenantId, tenantId),
        eq(customers.id, ticket.customerId),
        eq(sql`lower(trim(${customers.email}))`, address),
      ),
    );
  if (customer) return true;
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.customerId, ticket.customerId),
        eq(sql`lower(trim(${users.email}))`, address),
      ),
    )
    .limit(1);
  if (account) return true;
  const [mail] = await db
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.tenantId, tenantId),
        eq(emailMessages.ticketId, ticket.id),
        or(
          and(eq(emailMessages.direction, "out"), eq(sql`lower(trim(${emailMessages.toAddress}))`, address)),
          and(
            eq(emailMessages.direction, "in"),
            isNull(emailMessages.ignored),
            isNotNull(emailMessages.ticketMessageId),
            eq(sql`lower(trim(${emailMessages.fromAddress}))`, address),
          ),
        ),
      ),
    )
    .limit(1);
  return mail !== undefined;
}

// Inserts unless the Message-ID is already known (the unique index decides, also under races).
export async function claimEmailMessage(
  db: Db,
  row: typeof emailMessages.$inferInsert,
): Promise<EmailMessageRow | undefined> {
  const [created] = await db.insert(emailMessages).values(row).onConflictDoNothing().returning();
  return created;
}

// Several mails at once (a group): inserted in Message-ID order, so two groups claiming the same
// mails lock them in the same order; the ones not returned are known already (or being stored by
// another transaction, which the unique index waits for). Callers pass distinct Message-IDs.
export async function claimEmailMessages(
  db: Db,
  rows: (typeof emailMessages.$inferInsert)[],
): Promise<EmailMessageRow[]> {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) =>
    a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0,
  );
  return db.insert(emailMessages).values(sorted).onConflictDoNothing().returning();
}

// `findThreadTicketId` for several mails in one query: for each list of ids, the ticket of the
// newest known mail among them.
export async function findThreadTicketIds(
  db: Db,
  tenantId: string,
  idLists: string[][],
): Promise<(string | null)[]> {
  const all = [...new Set(idLists.flatMap((ids) => ids.slice(0, 100)))];
  if (all.length === 0) return idLists.map(() => null);
  const rows = await db
    .select({ messageId: emailMessages.messageId, ticketId: emailMessages.ticketId })
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, tenantId), inArray(emailMessages.messageId, all)))
    .orderBy(desc(emailMessages.createdAt));
  return idLists.map((ids) => {
    const own = new Set(ids.slice(0, 100));
    return rows.find((r) => r.ticketId && own.has(r.messageId))?.ticketId ?? null;
  });
}

// `findCustomerByEmail` for several addresses (lowercased) in one query: the oldest customer of each.
export async function findCustomersByEmails(db: Db, tenantId: string, addresses: string[]) {
  const found = new Map<string, typeof customers.$inferSelect>();
  if (addresses.length === 0) return found;
  const rows = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), inArray(sql`lower(${customers.email})`, addresses)))
    .orderBy(asc(customers.createdAt));
  for (const row of rows) {
    const address = row.email?.toLowerCase();
    if (address && !found.has(address)) found.set(address, row);
  }
  return found;
}

// Where several mails went, in one UPDATE.
export async function setEmailTickets(
  db: Db,
  tenantId: string,
  rows: { id: string; ticketId: string; ticketMessageId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::text, ${r.ticketId}::text, ${r.ticketMessageId}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${emailMessages} set ticket_id = v.ticket_id, ticket_message_id = v.message_id
    from (values ${values}) as v (id, ticket_id, message_id)
    where ${emailMessages.tenantId} = ${tenantId} and ${emailMessages.id} = v.id`);
}

export async function updateEmailMessage(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof emailMessages.$inferInsert>,
): Promise<void> {
  await db
    .update(emailMessages)
    .set(patch)
    .where(and(eq(emailMessages.tenantId, tenantId), eq(emailMessages.id, id)));
}

export async function ticketMailIds(db: Db, tenantId: string, ticketId: string) {
  return db
    .select({
      messageId: emailMessages.messageId,
      direction: emailMessages.direction,
      mailboxId: emailMessages.mailboxId,
    })
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, tenantId), eq(emailMessages.ticketId, ticketId)))
    .orderBy(asc(emailMessages.createdAt), asc(emailMessages.id));
}

// Several addresses' marks in one upsert (an address named twice gets both marks); a mark not
// given keeps its stored value.
export async function markAddresses(
  db: Db,
  tenantId: string,
  marks: { address: string; bouncedAt?: Date; autoRepliedAt?: Date }[],
): Promise<void> {
  const byAddress = new Map<string, { bouncedAt: Date | null; autoRepliedAt: Date | null }>();
  for (const m of marks) {
    const address = m.address.toLowerCase();
    const row = byAddress.get(address) ?? { bouncedAt: null, autoRepliedAt: null };
    byAddress.set(address, {
      bouncedAt: m.bouncedAt ?? row.bouncedAt,
      autoRepliedAt: m.autoRepliedAt ?? row.autoRepliedAt,
    });
  }
  if (byAddress.size === 0) return;
  await db
    .insert(emailAddressStatus)
    .values([...byAddress].map(([address, m]) => ({ tenantId, address, ...m })))
    .onConflictDoUpdate({
      target: [emailAddressStatus.tenantId, emailAddressStatus.address],
      set: {
        bouncedAt: sql`coalesce(excluded.bounced_at, ${emailAddressStatus.bouncedAt})`,
        autoRepliedAt: sql`coalesce(excluded.auto_replied_at, ${emailAddressStatus.autoRepliedAt})`,
      },
    });
}

// Several mails that opened nothing, in one UPDATE: why, and the ticket of their thread if any.
export async function setEmailsIgnored(
  db: Db,
  tenantId: string,
  rows: { id: string; ignored: string; ticketId: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::text, ${r.ignored}::text, ${r.ticketId}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    update ${emailMessages} set ignored = v.ignored, ticket_id = v.ticket_id
    from (values ${values}) as v (id, ignored, ticket_id)
    where ${emailMessages.tenantId} = ${tenantId} and ${emailMessages.id} = v.id`);
}

export async function addressStatus(db: Db, tenantId: string, address: string) {
  const [row] = await db
    .select()
    .from(emailAddressStatus)
    .where(
      and(eq(emailAddressStatus.tenantId, tenantId), eq(emailAddressStatus.address, address.toLowerCase())),
    );
  return row;
}

export async function findCustomerByEmail(db: Db, tenantId: string, email: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(sql`lower(${customers.email})`, email.toLowerCase())))
    .orderBy(asc(customers.createdAt))
    .limit(1);
  return row;
}

export async function findCustomerByPhoneDigits(db: Db, tenantId: string, digits: string) {
  // Compare digits only, with a leading 86 (mainland country code) ignored on both sides.
  const stored = sql`regexp_replace(regexp_replace(coalesce(${customers.phone}, ''), '[^0-9]', '', 'g'), '^(00)?86(?=1[0-9]{10}$)', '')`;
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(stored, digits)))
    .orderBy(asc(customers.createdAt))
    .limit(1);
  return row;
}

export async function tenantLocale(db: Db, tenantId: string): Promise<"zh-CN" | "en"> {
  const [row] = await db
    .select({ locale: tenants.defaultLocale })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.locale ?? "zh-CN";
}

export async function insertOutbound(db: Db, row: typeof outboundMessages.$inferInsert): Promise<void> {
  await db.insert(outboundMessages).values(row);
}

export async function updateOutbound(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof outboundMessages.$inferInsert>,
): Promise<void> {
  await db
    .update(outboundMessages)
    .set(patch)
    .where(and(eq(outboundMessages.tenantId, tenantId), eq(outboundMessages.id, id)));
}

export async function insertCall(db: Db, row: typeof phoneCalls.$inferInsert) {
  const [created] = await db.insert(phoneCalls).values(row).returning();
  if (!created) throw new Error("insert phone_calls returned nothing");
  return created;
}

export async function listCallsOfCustomer(db: Db, tenantId: string, customerId: string) {
  return db
    .select()
    .from(phoneCalls)
    .where(and(eq(phoneCalls.tenantId, tenantId), eq(phoneCalls.customerId, customerId)))
    .orderBy(asc(phoneCalls.createdAt));
}

// Tickets and their messages are tickets' to read.
export {
  findMessage as findTicketMessage,
  listCustomerTickets as customerTickets,
  listMessagesOfTickets as messagesOfTickets,
} from "../tickets/index.js";

export type ConfirmTokenRow = typeof confirmTokens.$inferSelect;

export async function insertConfirmToken(db: Db, row: typeof confirmTokens.$inferInsert): Promise<void> {
  await db.insert(confirmTokens).values(row);
}

// By primary key (the token's hash): the public page does not know the tenant yet.
export async function findConfirmToken(db: Db, hash: string): Promise<ConfirmTokenRow | undefined> {
  const [row] = await db.select().from(confirmTokens).where(eq(confirmTokens.id, hash));
  return row;
}

// Whether a later resolution notice of the same ticket has issued a newer link.
export async function newerConfirmTokenExists(db: Db, row: ConfirmTokenRow): Promise<boolean> {
  const [newer] = await db
    .select({ id: confirmTokens.id })
    .from(confirmTokens)
    .where(
      and(
        eq(confirmTokens.tenantId, row.tenantId),
        eq(confirmTokens.ticketId, row.ticketId),
        gt(confirmTokens.createdAt, row.createdAt),
      ),
    )
    .limit(1);
  return newer !== undefined;
}

// Only the first answer counts: a second POST (double click, replay) changes nothing.
export async function answerConfirmToken(
  db: Db,
  tenantId: string,
  hash: string,
  answer: "confirm" | "reject",
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(confirmTokens)
    .set({ answer, answeredAt: at })
    .where(
      and(eq(confirmTokens.tenantId, tenantId), eq(confirmTokens.id, hash), isNull(confirmTokens.answer)),
    )
    .returning({ id: confirmTokens.id });
  return rows.length > 0;
}

// The customer's own sign-in account, if they have one: the confirm acts as that user.
export async function customerUserId(db: Db, tenantId: string, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.customerId, customerId)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row?.id ?? null;
}

// Mention candidates: staff of the tenant (customers and dealers cannot be @mentioned).
export async function staffUsers(db: Db, tenantId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.role, [...STAFF_ROLES])));
}

export async function outletName(db: Db, tenantId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ name: outlets.name })
    .from(outlets)
    .where(and(eq(outlets.tenantId, tenantId), eq(outlets.id, id)));
  return row?.name ?? null;
}

export type PublicRequestRow = typeof publicRequests.$inferSelect;

export async function findTenantBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: tenants.id, name: tenants.name, locale: tenants.defaultLocale })
    .from(tenants)
    .where(eq(tenants.slug, slug));
  return row;
}

export async function countRecentRequests(
  db: Db,
  tenantId: string,
  by: { ip: string } | { email: string },
  since: Date,
): Promise<number> {
  const match = "ip" in by ? eq(publicRequests.ip, by.ip) : eq(publicRequests.email, by.email);
  const [row] = await db
    .select({ n: count() })
    .from(publicRequests)
    .where(and(eq(publicRequests.tenantId, tenantId), match, gt(publicRequests.createdAt, since)));
  return row?.n ?? 0;
}

export async function insertPublicRequest(db: Db, row: typeof publicRequests.$inferInsert): Promise<void> {
  await db.insert(publicRequests).values(row);
}

export async function findPublicRequest(db: Db, id: string): Promise<PublicRequestRow | undefined> {
  const [row] = await db.select().from(publicRequests).where(eq(publicRequests.id, id)).for("update");
  return row;
}

// The same without a row lock, for pages that only show a request.
export async function peekPublicRequest(db: Db, id: string): Promise<PublicRequestRow | undefined> {
  const [row] = await db.select().from(publicRequests).where(eq(publicRequests.id, id));
  return row;
}

export async function updatePublicRequest(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof publicRequests.$inferInsert>,
): Promise<void> {
  await db
    .update(publicRequests)
    .set(patch)
    .where(and(eq(publicRequests.tenantId, tenantId), eq(publicRequests.id, id)));
}

// The poller's round over every tenant's IMAP mailboxes (a small table, read before any tenant).
export async function mailboxesWithImap(db: Db): Promise<MailboxRow[]> {
  return db.select().from(mailboxes).where(isNotNull(mailboxes.imap)).orderBy(asc(mailboxes.id));
}

export async function findImapState(db: Db, tenantId: string, mailboxId: string) {
  const [row] = await db
    .select()
    .from(imapSyncState)
    .where(and(eq(imapSyncState.tenantId, tenantId), eq(imapSyncState.mailboxId, mailboxId)));
  return row;
}

export async function saveImapState(db: Db, row: typeof imapSyncState.$inferInsert): Promise<void> {
  await db
    .insert(imapSyncState)
    .values(row)
    .onConflictDoUpdate({
      target: [imapSyncState.tenantId, imapSyncState.mailboxId],
      set: { uidValidity: row.uidValidity, lastUid: row.lastUid, polledAt: row.polledAt },
    });
}
