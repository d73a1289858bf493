import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listMailboxes, type MailboxRow } from "../channels.repository.js";

function toMailboxDto(m: MailboxRow) {
  return {
    id: m.id,
    name: m.name,
    address: m.address,
    createUnknownCustomers: m.createUnknownCustomers,
    hasImap: !!m.imap,
    hasSmtp: !!m.smtp,
    createdAt: m.createdAt.toISOString(),
  };
}

export async function getMailboxes(s: Services, actor: Actor) {
  return { items: (await listMailboxes(s.db, actor.tenantId)).map(toMailboxDto), nextCursor: null };
}
