import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import {
  addChannelMessage,
  attachChannelFile,
  findTicket,
  openTicketFromChannel,
  type TicketRow,
} from "../../tickets/index.js";
import { type EmailMessageRow, findThreadTicketId, updateEmailMessage } from "../channels.repository.js";
import { type IngestResult, resultOf } from "./ingest-result.js";
import { TICKET_NUMBER } from "./mail-ticket-number.js";
import { noteRefusedThread } from "./note-refused-thread.js";
import { type PendingMail, withAttachmentIds } from "./pending-mail.js";
import { senderCustomer } from "./sender-customers.js";
import { senderMayThread } from "./sender-may-thread.js";
import { writeIgnoredMails } from "./write-ignored-mails.js";

// One claimed mail the group did not write with the others (an auto-reply or bounce, a reply in a
// known thread, a subject naming a ticket, an unknown sender): classify, find the customer and the
// ticket, store message and attachments. `threadTicketId` undefined: look the thread up here.
export async function writeOneMail(
  tx: Db,
  s: Services,
  { mailbox, mail, early }: PendingMail,
  row: EmailMessageRow,
  knownThread: string | null | undefined,
): Promise<IngestResult> {
  const tenantId = mailbox.tenantId;
  const now = s.clock.now();
  const threadTicketId =
    knownThread === undefined ? await findThreadTicketId(tx, tenantId, mail.threadIds) : knownThread;
  if (mail.ignored) {
    const [result] = await writeIgnoredMails(tx, tenantId, now, [{ mail, row, thread: threadTicketId }]);
    return result as IngestResult;
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
  if (!ticket) ticket = await openTicketFromChannel(tx, s, mailTicket(tenantId, customer, { mail, early }));
  const messageId = newId("msg");
  const { files, html } = withAttachmentIds(mail);
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
}

function mailSubject(mail: PendingMail["mail"]): string {
  return mail.subject || mail.visibleText.split("\n")[0]?.slice(0, 120) || "(no subject)";
}

// The ticket a mail opens: a support request on the e-mail channel, from its sender's customer.
export function mailTicket(
  tenantId: string,
  customer: { id: string; outletId: string | null },
  { mail, early }: Pick<PendingMail, "mail" | "early">,
) {
  return {
    tenantId,
    customerId: customer.id,
    outletId: customer.outletId,
    subject: mailSubject(mail),
    description: mail.visibleText,
    type: "support" as const,
    channel: "email" as const,
    actor: null,
    number: early.number,
  };
}
