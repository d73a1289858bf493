import type { Services } from "../../../platform/context.js";
import { takeTicketNumber } from "../../tickets/index.js";
import { findCustomerByEmail, findThreadTicketId, type MailboxRow } from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";

export const TICKET_NUMBER = /\[?(SO-\d{4}-\d{6})\]?/i;

// Taking the number inside each mail's transaction locked the tenant's counter row until that
// mail committed, so a storm of mails was written one at a time. A mail that will most likely
// open a ticket (not an auto-reply or bounce, not in a known thread, no number in its subject,
// from a sender who gets a ticket) takes its number before, batched with the others; the rare
// mail that then opens none leaves a gap. The others number inside the transaction as before.
export async function numberIfOpensTicket(
  s: Services,
  mailbox: MailboxRow,
  mail: ParsedMail,
): Promise<string | undefined> {
  if (mail.ignored || TICKET_NUMBER.test(mail.subject)) return undefined;
  if (await findThreadTicketId(s.db, mailbox.tenantId, mail.threadIds)) return undefined;
  if (!mailbox.createUnknownCustomers) {
    const address = mail.fromAddress?.toLowerCase();
    if (!address || !(await findCustomerByEmail(s.db, mailbox.tenantId, address))) return undefined;
  }
  return takeTicketNumber(s, mailbox.tenantId);
}
