import type { Services } from "../../../platform/context.js";
import { takeTicketNumber } from "../../tickets/index.js";
import { findCustomerByEmail, findThreadTicketId, type MailboxRow } from "../channels.repository.js";

import type { ParsedMail } from "../mail/parse.js";

export type KnownSender = Awaited<ReturnType<typeof findCustomerByEmail>>;

export const TICKET_NUMBER = /\[?(SO-\d{4}-\d{6})\]?/i;

// Taking the number inside each mail's transaction locked the tenant's counter row until that
// mail committed, so a storm of mails was written one at a time. A mail that will most likely
// open a ticket (not an auto-reply or bounce, not in a known thread, no number in its subject,
// from a sender who gets a ticket) takes its number before, batched with the others; the rare
// mail that then opens none leaves a gap. The others number inside the transaction as before.
// Where the mailbox turns unknown senders into customers the sender need not be read to decide
// (the group reads all its mails' senders in one query); else the record read here is passed on.
export async function numberIfOpensTicket(
  s: Services,
  mailbox: MailboxRow,
  mail: ParsedMail,
): Promise<{ number?: string; sender?: KnownSender }> {
  if (mail.ignored || TICKET_NUMBER.test(mail.subject)) return {};
  if (await findThreadTicketId(s.db, mailbox.tenantId, mail.threadIds)) return {};
  if (mailbox.createUnknownCustomers) return { number: await takeTicketNumber(s, mailbox.tenantId) };
  const address = mail.fromAddress?.toLowerCase();
  const sender = address ? await findCustomerByEmail(s.db, mailbox.tenantId, address) : undefined;
  if (!sender) return {};
  return { number: await takeTicketNumber(s, mailbox.tenantId), sender };
}
