import { randomBytes } from "node:crypto";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { insertMailbox } from "../channels.repository.js";
import type { TCreateMailbox } from "../channels.schemas.js";
import { sha256 } from "../mailbox-token.js";

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
