import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findMailboxById, insertMailbox, listMailboxes, type MailboxRow } from "../channels.repository.js";
import type { TCreateMailbox } from "../channels.schemas.js";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function createMailbox(s: Services, actor: Actor, input: TCreateMailbox) {
  const id = newId("mbx");
  // The token names its mailbox so the lookup is by key; only the hash is stored.
  const inboundToken = `${id}.${randomBytes(24).toString("base64url")}`;
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const row = await insertMailbox(tx, {
      id,
      tenantId: actor.tenantId,
      name: input.name,
      address: input.address,
      tokenHash: sha256(inboundToken),
      imap: input.imap ?? null,
      smtp: input.smtp ?? null,
      createUnknownCustomers: input.createUnknownCustomers ?? true,
      createdAt: now,
    });
    if (!row) throw new AppError("channels.mailbox_exists", { address: input.address });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "channels.mailbox_created",
      entityType: "mailbox",
      entityId: id,
      data: { name: input.name, address: input.address, imap: !!input.imap, smtp: !!input.smtp },
      at: now,
    });
    return { id, address: row.address, inboundToken };
  });
}

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

export async function mailboxForToken(s: Services, token: string | undefined): Promise<MailboxRow> {
  const id = token?.split(".")[0];
  const mailbox = id?.startsWith("mbx_") ? await findMailboxById(s.db, id) : undefined;
  const given = Buffer.from(sha256(token ?? ""));
  if (!mailbox || !timingSafeEqual(given, Buffer.from(mailbox.tokenHash)))
    throw new AppError("channels.invalid_inbound_token");
  return mailbox;
}
