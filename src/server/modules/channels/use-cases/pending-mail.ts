import { newId } from "../../../platform/ids.js";
import type { MailboxRow } from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";
import type { KnownSender } from "./mail-ticket-number.js";

// One parsed mail waiting for its group's transaction, with what was settled before it: the raw
// original's storage key, and (for a mail that will most likely open a ticket) its number and sender.
export type PendingMail = {
  mailbox: MailboxRow;
  mail: ParsedMail;
  rawKey: string;
  early: { number?: string; sender?: KnownSender };
};

// The mail's files with the ids they will be stored under, and its HTML with inline images
// pointing at them instead of at `cid:` parts.
export function withAttachmentIds(mail: ParsedMail) {
  const files = mail.attachments.map((a) => ({ ...a, id: newId("att") }));
  let html = mail.html;
  for (const f of files)
    if (f.contentId && html) html = html.split(`cid:${f.contentId}`).join(`/api/v1/attachments/${f.id}`);
  return { files, html };
}
