import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { customers } from "../customers/index.js";
import { tenants } from "../tenancy/index.js";
import { ticketMessages, tickets } from "../tickets/index.js";
import {
  emailAddressStatus,
  emailMessages,
  mailboxes,
  outboundMessages,
  phoneCalls,
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

// Inserts unless the Message-ID is already known (the unique index decides, also under races).
export async function claimEmailMessage(
  db: Db,
  row: typeof emailMessages.$inferInsert,
): Promise<EmailMessageRow | undefined> {
  const [created] = await db.insert(emailMessages).values(row).onConflictDoNothing().returning();
  return created;
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

export async function markAddress(
  db: Db,
  tenantId: string,
  address: string,
  mark: { bouncedAt?: Date; autoRepliedAt?: Date },
): Promise<void> {
  await db
    .insert(emailAddressStatus)
    .values({ tenantId, address: address.toLowerCase(), ...mark })
    .onConflictDoUpdate({ target: [emailAddressStatus.tenantId, emailAddressStatus.address], set: mark });
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

export async function listOutbound(db: Db, tenantId: string, ticketId: string) {
  return db
    .select()
    .from(outboundMessages)
    .where(and(eq(outboundMessages.tenantId, tenantId), eq(outboundMessages.ticketId, ticketId)))
    .orderBy(asc(outboundMessages.createdAt), asc(outboundMessages.id));
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

export async function customerTickets(db: Db, tenantId: string, customerId: string) {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.customerId, customerId)))
    .orderBy(asc(tickets.createdAt));
}

export async function messagesOfTickets(db: Db, tenantId: string, ticketIds: string[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, tenantId), inArray(ticketMessages.ticketId, ticketIds)))
    .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id));
}

export async function findTicketMessage(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(ticketMessages)
    .where(and(eq(ticketMessages.tenantId, tenantId), eq(ticketMessages.id, id)));
  return row;
}
