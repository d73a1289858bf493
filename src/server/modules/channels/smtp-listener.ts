import { SMTPServer } from "smtp-server";
import type { Services } from "../../platform/context.js";
import { findMailboxesByAddress, type MailboxRow } from "./channels.repository.js";
import { INBOUND_MAIL_LIMIT } from "./channels.routes.js";
import { ingestMail } from "./use-cases/ingest-mail.js";

export type SmtpListener = { port: number; close(): Promise<void> };

type SmtpError = Error & { responseCode?: number };
const smtpError = (message: string, code: number): SmtpError =>
  Object.assign(new Error(message), { responseCode: code });

// Optional built-in SMTP receiver: each recipient address that is a mailbox gets the mail through
// the same pipeline as the HTTP endpoint. Unknown recipients are refused (no open relay).
export async function startSmtpListener(
  s: Services,
  opts: { port: number; host?: string },
): Promise<SmtpListener> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: INBOUND_MAIL_LIMIT,
    logger: false,
    async onRcptTo(address, _session, callback) {
      try {
        const found = await findMailboxesByAddress(s.db, address.address);
        callback(found.length ? undefined : smtpError(`No mailbox ${address.address}`, 550));
      } catch (err) {
        callback(err instanceof Error ? err : new Error(String(err)));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = new Uint8Array(Buffer.concat(chunks));
        (async () => {
          if (stream.sizeExceeded) throw smtpError("Message too large", 552);
          const boxes = new Map<string, MailboxRow>();
          for (const r of session.envelope.rcptTo)
            for (const m of await findMailboxesByAddress(s.db, r.address)) boxes.set(m.id, m);
          for (const mailbox of boxes.values()) await ingestMail(s, mailbox, raw);
        })().then(
          () => callback(),
          (err: SmtpError) => {
            s.logger.error({ err }, "smtp ingest failed");
            callback(err.responseCode ? err : smtpError("Temporary failure, try again later", 451));
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
