import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { GroupCommit } from "../../../platform/db/group-commit.js";
import { withWriteBehind } from "../../../platform/db/write-behind.js";
import { getOrCreate } from "../../../platform/get-or-create.js";
import { newId } from "../../../platform/ids.js";
import type { CustomerRow } from "../../customers/index.js";
import { type ChannelTicketWithMessage, openTicketsWithMessage } from "../../tickets/index.js";
import {
  claimEmailMessages,
  type EmailMessageRow,
  findCustomersByEmails,
  findThreadTicketIds,
  setEmailTickets,
} from "../channels.repository.js";
import type { IngestResult } from "./ingest-result.js";
import { TICKET_NUMBER } from "./mail-ticket-number.js";
import { type PendingMail, withAttachmentIds } from "./pending-mail.js";
import { createSenderCustomers } from "./sender-customers.js";
import { writeIgnoredMails } from "./write-ignored-mails.js";
import { mailTicket, writeOneMail } from "./write-one-mail.js";

// What a mail's caller gets: its outcome, or null when the mail is known already (a second copy in
// the same group, or one another transaction stored first); the caller reads that one after commit.
type MailGroup = GroupCommit<PendingMail, IngestResult | null>;

// Writes a group of one tenant's mails in one transaction. Each mail is claimed by its Message-ID
// (one INSERT for all), their threads are looked up in one query; mails that open a new ticket go
// through `openTicketsWithMessage` together (customers, tickets, messages, events, audit, SLA,
// jobs as multi-row statements), and the email rows are pointed at them in one UPDATE. The rest
// (auto-replies, bounces, replies, subjects naming a ticket, unknown senders) are written one by
// one as before, in the same transaction, after those: a reply to a mail of the same group sees it.
async function writeMails(tx: Db, s: Services, items: PendingMail[]): Promise<(IngestResult | null)[]> {
  const tenantId = (items[0] as PendingMail).mailbox.tenantId;
  const now = s.clock.now();
  const results: (IngestResult | null)[] = items.map(() => null);
  // The same Message-ID twice in one group: the first copy is the mail, the others duplicates.
  const firstOf = new Map<string, number>();
  for (const [i, item] of items.entries())
    if (!firstOf.has(item.mail.messageId)) firstOf.set(item.mail.messageId, i);
  const claimed = new Map(
    (
      await claimEmailMessages(
        tx,
        [...firstOf.values()].map((i) => emailRow(items[i] as PendingMail, now)),
      )
    ).map((row) => [row.messageId, row]),
  );
  const live = [...firstOf.values()].filter((i) => claimed.has((items[i] as PendingMail).mail.messageId));
  const threads = await findThreadTicketIds(
    tx,
    tenantId,
    live.map((i) => (items[i] as PendingMail).mail.threadIds),
  );
  const rest: { i: number; thread: string | null | undefined }[] = [];
  const fresh: number[] = [];
  const ignored: { i: number; thread: string | null }[] = [];
  for (const [k, i] of live.entries()) {
    const { mail, early } = items[i] as PendingMail;
    const inGroup = mail.threadIds.some((id) => id !== mail.messageId && claimed.has(id));
    if (mail.ignored && !inGroup) ignored.push({ i, thread: threads[k] ?? null });
    else if (!mail.ignored && early.number && !threads[k] && !inGroup && !TICKET_NUMBER.test(mail.subject))
      fresh.push(i);
    else rest.push({ i, thread: inGroup ? undefined : threads[k] });
  }
  const ignoredResults = await writeIgnoredMails(
    tx,
    tenantId,
    now,
    ignored.map(({ i, thread }) => {
      const { mail } = items[i] as PendingMail;
      return { mail, row: claimed.get(mail.messageId) as EmailMessageRow, thread };
    }),
  );
  for (const [k, { i }] of ignored.entries()) results[i] = ignoredResults[k] as IngestResult;
  const customers = await sendersOf(
    tx,
    s,
    tenantId,
    fresh.map((i) => items[i] as PendingMail),
  );
  const opening = fresh.filter((_, k) => customers[k]);
  for (const [k, i] of fresh.entries()) if (!customers[k]) rest.unshift({ i, thread: null });
  const inputs: ChannelTicketWithMessage[] = [];
  const ofOpening = customers.filter((c): c is CustomerRow => c !== undefined);
  for (const [k, i] of opening.entries()) {
    const { mail, early } = items[i] as PendingMail;
    const customer = ofOpening[k] as CustomerRow;
    const { files, html } = withAttachmentIds(mail);
    inputs.push({
      ticket: { ...mailTicket(tenantId, customer, { mail, early }), customerTier: customer.tier },
      message: {
        id: newId("msg"),
        body: mail.visibleText,
        bodyHtml: html,
        fromAddress: mail.fromAddress,
        visibility: "public",
      },
      files,
    });
  }
  const opened = await openTicketsWithMessage(tx, s, inputs);
  const stored: { id: string; ticketId: string; ticketMessageId: string }[] = [];
  for (const [k, i] of opening.entries()) {
    const { ticket, message } = opened[k] as (typeof opened)[number];
    const row = claimed.get((items[i] as PendingMail).mail.messageId) as EmailMessageRow;
    stored.push({ id: row.id, ticketId: ticket.id, ticketMessageId: message.id });
    results[i] = { ticketId: ticket.id, ticketNumber: ticket.number, created: true, messageId: message.id };
  }
  await setEmailTickets(tx, tenantId, stored);
  for (const { i, thread } of rest) {
    const item = items[i] as PendingMail;
    results[i] = await writeOneMail(tx, s, item, claimed.get(item.mail.messageId) as EmailMessageRow, thread);
  }
  return results;
}

function emailRow({ mailbox, mail, rawKey }: PendingMail, now: Date) {
  return {
    id: newId("eml"),
    tenantId: mailbox.tenantId,
    messageId: mail.messageId,
    direction: "in" as const,
    mailboxId: mailbox.id,
    fromAddress: mail.fromAddress?.toLowerCase() ?? null,
    toAddress: mailbox.address,
    subject: mail.subject.slice(0, 4000),
    rawKey,
    attachments: mail.attachments.length,
    createdAt: now,
  };
}

// The customer of each mail that opens a ticket: the one read before the group, else one query for
// all other senders' addresses, else new customers where the mailbox takes unknown senders
// (undefined where it does not: that mail is written alone, as an unknown sender).
async function sendersOf(
  tx: Db,
  s: Services,
  tenantId: string,
  mails: PendingMail[],
): Promise<(CustomerRow | undefined)[]> {
  const address = (m: PendingMail) => m.mail.fromAddress?.toLowerCase() ?? null;
  const lookup = mails.filter((m) => !m.early.sender && address(m)).map((m) => address(m) as string);
  const found = await findCustomersByEmails(tx, tenantId, [...new Set(lookup)]);
  const known = mails.map(
    (m) => m.early.sender ?? (address(m) ? found.get(address(m) as string) : undefined),
  );
  const unknown = mails.filter((m, k) => !known[k] && m.mailbox.createUnknownCustomers);
  const created = await createSenderCustomers(s, tx, unknown);
  let next = 0;
  return mails.map((m, k) => known[k] ?? (m.mailbox.createUnknownCustomers ? created[next++] : undefined));
}

const groups = new WeakMap<Services, Map<string, MailGroup>>();

// One group commit per tenant and process: a mail that finds a lane free is written at once;
// mails arriving while every lane writes wait and go together (at most 32), and a group that fails
// is written again mail by mail, so a bad mail fails alone.
export function mailGroupFor(s: Services, tenantId: string): MailGroup {
  const byTenant = getOrCreate(groups, s, () => new Map<string, MailGroup>());
  return getOrCreate(
    byTenant,
    tenantId,
    () =>
      new GroupCommit<PendingMail, IngestResult | null>(
        s.db,
        (tx, group) => withWriteBehind(tx, () => writeMails(tx, s, group)),
        // PGlite has one connection: its transactions take turns anyway.
        { lanes: s.database.kind === "postgres" ? s.config.mailLanes : 1, maxGroup: 32 },
      ),
  );
}
