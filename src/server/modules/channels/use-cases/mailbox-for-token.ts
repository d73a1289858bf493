import { timingSafeEqual } from "node:crypto";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { findMailboxById, type MailboxRow } from "../channels.repository.js";
import { sha256 } from "../mailbox-token.js";

export async function mailboxForToken(s: Services, token: string | undefined): Promise<MailboxRow> {
  const id = token?.split(".")[0];
  const mailbox = id?.startsWith("mbx_") ? await findMailboxById(s.db, id) : undefined;
  const given = Buffer.from(sha256(token ?? ""));
  if (!mailbox || !timingSafeEqual(given, Buffer.from(mailbox.tokenHash)))
    throw new AppError("channels.invalid_inbound_token");
  return mailbox;
}
