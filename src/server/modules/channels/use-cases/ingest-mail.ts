import type { Services } from "../../../platform/context.js";
import { findTicket } from "../../tickets/index.js";
import { type EmailMessageRow, findEmailByMessageId, type MailboxRow } from "../channels.repository.js";
import { mailParsePool } from "../mail/parse-pool.js";
import { type IngestResult, resultOf } from "./ingest-result.js";
import { knownMail } from "./known-mail.js";
import { mailGroupFor } from "./mail-group.js";
import { numberIfOpensTicket } from "./mail-ticket-number.js";

export type { IngestResult } from "./ingest-result.js";

// The one inbound pipeline (HTTP endpoint, SMTP listener, IMAP): parse (in a worker thread), dedupe
// by Message-ID, store the raw original, then write the mail together with the mails that arrive
// with it (`mail-group.ts`): classify, find the customer and the ticket, store message and
// attachments. The answer comes after the group committed.
export async function ingestMail(s: Services, mailbox: MailboxRow, raw: Uint8Array): Promise<IngestResult> {
  const tenantId = mailbox.tenantId;
  const mail = await mailParsePool().parse(raw);
  const known = await knownMail(s, tenantId, mail.messageId);
  if (known) return { ...(await describeStored(s, known)), duplicate: true };
  const rawFile = await s.files.put(tenantId, raw);
  const early = await numberIfOpensTicket(s, mailbox, mail);
  const outcome = await mailGroupFor(s, tenantId).submit({ mailbox, mail, rawKey: rawFile.key, early });
  if (outcome) return outcome;
  // Known already: a copy in the same group, or one another transaction stored first.
  const again = await findEmailByMessageId(s.db, tenantId, mail.messageId);
  if (!again) throw new Error(`mail ${mail.messageId} neither stored nor found`);
  return { ...(await describeStored(s, again)), duplicate: true };
}

async function describeStored(s: Services, row: EmailMessageRow): Promise<IngestResult> {
  const ticket =
    row.ticketId && !row.ignored ? await findTicket(s.db, row.tenantId, row.ticketId) : undefined;
  return resultOf(row, ticket?.number ?? null, false);
}
