import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import { insertCustomer } from "../../customers/index.js";
import {
  addChannelMessage,
  attachChannelFile,
  findTicket,
  openTicketFromChannel,
  type TicketRow,
} from "../../tickets/index.js";
import {
  claimEmailMessage,
  type EmailMessageRow,
  findCustomerByEmail,
  findEmailByMessageId,
  findThreadTicketId,
  type MailboxRow,
  markAddress,
  updateEmailMessage,
} from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";
import { mailParsePool } from "../mail/parse-pool.js";
import { numberIfOpensTicket, TICKET_NUMBER } from "./mail-ticket-number.js";
import { noteRefusedThread } from "./note-refused-thread.js";
import { senderMayThread } from "./sender-may-thread.js";

export type IngestResult = {
  ticketId: string | null;
  ticketNumber: string | null;
  created: boolean;
  messageId: string | null;
  ignored?: "auto_reply" | "bounce" | "unknown_sender";
  duplicate?: boolean;
};

function resultOf(row: EmailMessageRow, ticketNumber: string | null, created: boolean): IngestResult {
  if (row.ignored)
    return {
      ticketId: null,
      ticketNumber: null,
      created: false,
      messageId: null,
      ignored: row.ignored as IngestResult["ignored"],
    };
  return { ticketId: row.ticketId, ticketNumber, created, messageId: row.ticketMessageId };
}

// The one inbound pipeline (HTTP endpoint, SMTP listener, IMAP): parse, dedupe by Message-ID,
// classify, find the customer and the ticket, store message, attachments and the raw original.
export async function ingestMail(s: Services, mailbox: MailboxRow, raw: Uint8Array): Promise<IngestResult> {
  const tenantId = mailbox.tenantId;
  const mail = await mailParsePool().parse(raw);
  const known = await findEmailByMessageId(s.db, tenantId, mail.messageId);
  if (known) return { ...(await describeStored(s, known)), duplicate: true };
  const rawFile = await s.files.put(tenantId, raw);
  const early = await numberIfOpensTicket(s, mailbox, mail);
  const outcome = await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const row = await claimEmailMessage(tx, {
      id: newId("eml"),
      tenantId,
      messageId: mail.messageId,
      direction: "in",
      mailboxId: mailbox.id,
      fromAddress: mail.fromAddress?.toLowerCase() ?? null,
      toAddress: mailbox.address,
      subject: mail.subject.slice(0, 4000),
      rawKey: rawFile.key,
      attachments: mail.attachments.length,
      createdAt: now,
    });
    if (!row) return null; // the same mail is being stored concurrently
    const threadTicketId = await findThreadTicketId(tx, tenantId, mail.threadIds);
    if (mail.ignored) {
      if (mail.ignored === "auto_reply" && mail.fromAddress)
        await markAddress(tx, tenantId, mail.fromAddress, { autoRepliedAt: now });
      for (const address of mail.bouncedAddresses)
        await markAddress(tx, tenantId, address, { bouncedAt: now });
      await updateEmailMessage(tx, tenantId, row.id, { ignored: mail.ignored, ticketId: threadTicketId });
      return { ...resultOf({ ...row, ignored: mail.ignored }, null, false) };
    }
    let ticket = threadTicketId ? await findTicket(tx, tenantId, threadTicketId, undefined, true) : undefined;
    const number = TICKET_NUMBER.exec(mail.subject)?.[1]?.toUpperCase();
    if (!ticket && number) ticket = await findTicket(tx, tenantId, number, undefined, true);
    // A reply to a closed request opens a new one: closed means the customer confirmed it.
    if (ticket?.status === "closed") ticket = undefined;
    // Someone outside the named ticket's thread gets a ticket of their own, never a say on that one.
    let refused: TicketRow | undefined;
    if (ticket && !(await senderMayThread(tx, tenantId, ticket, mail))) {
      refused = ticket;
      ticket = undefined;
    }
    const customer = early.sender ?? (await senderCustomer(s, tx, mailbox, mail));
    if (!customer) {
      await updateEmailMessage(tx, tenantId, row.id, { ignored: "unknown_sender" });
      return resultOf({ ...row, ignored: "unknown_sender" }, null, false);
    }
    const created = !ticket;
    if (!ticket)
      ticket = await openTicketFromChannel(tx, s, {
        tenantId,
        customerId: customer.id,
        outletId: customer.outletId,
        subject: mail.subject || mail.visibleText.split("\n")[0]?.slice(0, 120) || "(no subject)",
        description: mail.visibleText,
        type: "support",
        channel: "email",
        actor: null,
        number: early.number,
      });
    const messageId = newId("msg");
    const files = mail.attachments.map((a) => ({ ...a, id: newId("att") }));
    let html = mail.html;
    for (const f of files)
      if (f.contentId && html) html = html.split(`cid:${f.contentId}`).join(`/api/v1/attachments/${f.id}`);
    const added = await addChannelMessage(tx, s, {
      id: messageId,
      tenantId,
      ticket,
      body: mail.visibleText,
      bodyHtml: html,
      channel: "email",
      fromAddress: mail.fromAddress,
      visibility: "public",
      actor: null,
    });
    for (const f of files) await attachChannelFile(tx, s, { tenantId, ticketId: ticket.id, messageId }, f);
    if (refused) {
      await noteRefusedThread(tx, s, {
        tenantId,
        ticket: added.ticket,
        named: refused,
        fromAddress: mail.fromAddress,
      });
      await appendAudit(tx, {
        tenantId,
        actorId: null,
        action: "email.thread_refused",
        entityType: "ticket",
        entityId: ticket.id,
        data: { namedTicketId: refused.id, namedNumber: refused.number, emailId: row.id },
        at: now,
      });
    }
    await updateEmailMessage(tx, tenantId, row.id, { ticketId: ticket.id, ticketMessageId: messageId });
    return { ticketId: ticket.id, ticketNumber: added.ticket.number, created, messageId };
  });
  if (outcome) return outcome;
  const again = await findEmailByMessageId(s.db, tenantId, mail.messageId);
  if (!again) throw new Error(`mail ${mail.messageId} neither stored nor found`);
  return { ...(await describeStored(s, again)), duplicate: true };
}

async function describeStored(s: Services, row: EmailMessageRow): Promise<IngestResult> {
  const ticket =
    row.ticketId && !row.ignored ? await findTicket(s.db, row.tenantId, row.ticketId) : undefined;
  return resultOf(row, ticket?.number ?? null, false);
}

async function senderCustomer(s: Services, tx: Services["db"], mailbox: MailboxRow, mail: ParsedMail) {
  const address = mail.fromAddress?.toLowerCase() ?? null;
  if (address) {
    const found = await findCustomerByEmail(tx, mailbox.tenantId, address);
    if (found) return found;
  }
  if (!mailbox.createUnknownCustomers) return undefined;
  const now = s.clock.now();
  const customer = await insertCustomer(tx, {
    id: newId("cus"),
    tenantId: mailbox.tenantId,
    name: (mail.fromName || address?.split("@")[0] || "Unknown sender").slice(0, 200),
    kind: "person",
    email: address,
    createdAt: now,
    updatedAt: now,
  });
  await appendAudit(tx, {
    tenantId: mailbox.tenantId,
    actorId: null,
    action: "customer.created",
    entityType: "customer",
    entityId: customer.id,
    data: { source: "email", mailboxId: mailbox.id, email: address },
    at: now,
  });
  return customer;
}
