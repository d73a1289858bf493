import type { Db } from "../../../platform/db/client.js";
import { type EmailMessageRow, markAddresses, setEmailsIgnored } from "../channels.repository.js";
import type { ParsedMail } from "../mail/parse.js";
import { type IngestResult, resultOf } from "./ingest-result.js";

export type IgnoredMail = { mail: ParsedMail; row: EmailMessageRow; thread: string | null };

// Auto-replies and bounces open nothing: their senders and bounced addresses are marked in one
// upsert and their email rows (why, and the ticket of their thread) in one UPDATE — an
// out-of-office flood after a mass notice costs two statements.
export async function writeIgnoredMails(
  tx: Db,
  tenantId: string,
  now: Date,
  mails: IgnoredMail[],
): Promise<IngestResult[]> {
  const marks: Parameters<typeof markAddresses>[2] = [];
  const rows: Parameters<typeof setEmailsIgnored>[2] = [];
  const results = mails.map(({ mail, row, thread }) => {
    const why = mail.ignored as NonNullable<typeof mail.ignored>;
    if (why === "auto_reply" && mail.fromAddress)
      marks.push({ address: mail.fromAddress, autoRepliedAt: now });
    for (const address of mail.bouncedAddresses) marks.push({ address, bouncedAt: now });
    rows.push({ id: row.id, ignored: why, ticketId: thread });
    return resultOf({ ...row, ignored: why }, null, false);
  });
  await markAddresses(tx, tenantId, marks);
  await setEmailsIgnored(tx, tenantId, rows);
  return results;
}
