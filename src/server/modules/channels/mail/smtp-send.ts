import nodemailer, { type SendMailOptions } from "nodemailer";
import { deliverySettings } from "../../../config.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { findMailbox } from "../channels.repository.js";
import type { MailServerConfig } from "../channels.tables.js";

export function smtpUrlOf(config: MailServerConfig | null | undefined): string | null {
  if (config?.url) return config.url;
  if (config?.host) {
    const auth = config.user
      ? `${encodeURIComponent(config.user)}:${encodeURIComponent(config.pass ?? "")}@`
      : "";
    return `${config.secure ? "smtps" : "smtp"}://${auth}${config.host}:${config.port ?? 587}`;
  }
  return deliverySettings().smtpUrl ?? null;
}

// An outbound job's mail as planned in prepare: plain JSON, stored on the job row until sent.
// `messageId` (without brackets) is the idempotency key: a retry sends the same Message-ID.
export type PlannedMail = {
  mailboxId: string;
  tenantId: string;
  messageId: string;
  to: string;
  subject: string;
  text: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
};

// A file sent with a planned mail, built at send time (a service report's PDF is too big for the plan).
export type MailFile = { filename: string; content: Buffer; contentType: string };

// The mailbox is read when sending (not copied into the plan) so its SMTP password stays in one
// place; the read is a single statement outside any transaction.
export async function sendPlannedMail(
  s: Services,
  db: Db,
  mail: PlannedMail,
  files: MailFile[] = [],
): Promise<void> {
  const mailbox = await findMailbox(db, mail.tenantId, mail.mailboxId);
  const url = smtpUrlOf(mailbox?.smtp);
  if (!mailbox || !url) throw new Error("the mailbox or its SMTP server is gone");
  await sendMail(s, url, {
    from: { name: mailbox.name, address: mailbox.address },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: `<${mail.messageId}>`,
    inReplyTo: mail.inReplyTo ? `<${mail.inReplyTo}>` : undefined,
    references: mail.references?.map((id) => `<${id}>`),
    headers: mail.headers ?? {},
    attachments: files,
  });
}

// Bounded waits (nodemailer's socket default is 10 minutes): a stalled server fails the attempt,
// which is retried with back-off and the same Message-ID. The URL's own query settings win.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 };

// Never inside a transaction: a slow SMTP server must only slow this job.
async function sendMail(s: Services, url: string, mail: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({ url, ...TIMEOUTS });
  try {
    await transport.sendMail(mail);
    s.logger.info({ to: mail.to, subject: mail.subject }, "mail sent");
  } finally {
    transport.close();
  }
}
