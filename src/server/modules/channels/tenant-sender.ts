import type { Db } from "../../platform/db/client.js";
import { listMailboxes } from "./channels.repository.js";
import { smtpUrlOf } from "./mail/smtp-send.js";

// The tenant's first mailbox that can send (its own SMTP server, or the deployment's), for mail
// that belongs to no ticket (audit witness copies).
export async function tenantSender(db: Db, tenantId: string) {
  for (const m of await listMailboxes(db, tenantId))
    if (smtpUrlOf(m.smtp)) return { id: m.id, address: m.address, name: m.name };
  return null;
}
