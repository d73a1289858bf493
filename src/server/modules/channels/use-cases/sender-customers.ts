import { appendAudits } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import { type CustomerRow, insertCustomers } from "../../customers/index.js";
import { findCustomerByEmail, type MailboxRow } from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";

type Sender = { mailbox: MailboxRow; mail: ParsedMail };

// The customer a mail comes from: the oldest one with the sender's address, else (if the mailbox
// says so) a new one; undefined when the mailbox takes no unknown senders.
export async function senderCustomer(s: Services, tx: Services["db"], mailbox: MailboxRow, mail: ParsedMail) {
  const address = mail.fromAddress?.toLowerCase() ?? null;
  if (address) {
    const found = await findCustomerByEmail(tx, mailbox.tenantId, address);
    if (found) return found;
  }
  if (!mailbox.createUnknownCustomers) return undefined;
  const [customer] = await createSenderCustomers(s, tx, [{ mailbox, mail }]);
  return customer;
}

// New customers for senders nobody knows, in one INSERT and one audit INSERT; senders sharing an
// address (several mails of one storm) share one customer. Returned in the order of `senders`.
export async function createSenderCustomers(
  s: Services,
  tx: Services["db"],
  senders: Sender[],
): Promise<CustomerRow[]> {
  const now = s.clock.now();
  const byAddress = new Map<string, number>();
  const rows: (Parameters<typeof insertCustomers>[1][number] & { mailboxId: string })[] = [];
  const indexOf = senders.map(({ mailbox, mail }) => {
    const address = mail.fromAddress?.toLowerCase() ?? null;
    const known = address ? byAddress.get(address) : undefined;
    if (known !== undefined) return known;
    rows.push({
      id: newId("cus"),
      tenantId: mailbox.tenantId,
      name: (mail.fromName || address?.split("@")[0] || "Unknown sender").slice(0, 200),
      kind: "person",
      email: address,
      createdAt: now,
      updatedAt: now,
      mailboxId: mailbox.id,
    });
    if (address) byAddress.set(address, rows.length - 1);
    return rows.length - 1;
  });
  const created = await insertCustomers(
    tx,
    rows.map(({ mailboxId: _, ...row }) => row),
  );
  await appendAudits(
    tx,
    rows.map((row) => ({
      tenantId: row.tenantId,
      actorId: null,
      action: "customer.created",
      entityType: "customer",
      entityId: row.id,
      data: { source: "email", mailboxId: row.mailboxId, email: row.email ?? null },
      at: now,
    })),
  );
  return indexOf.map((i) => created[i] as CustomerRow);
}
