import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";

// One SMTP sink for the whole run (Playwright's global setup), so journeys in parallel workers all
// see the mail the server sends: each message lands as a file in MAIL_DIR, which captureMail()
// in every worker reads.
export const MAIL_DIR = ".data-e2e-mail";

export default async function startMailSink(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 3210) + 11;
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let seq = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        seq += 1;
        // Written whole under a temporary name first: a reader never parses half a message.
        const name = `${MAIL_DIR}/${String(seq).padStart(6, "0")}.eml`;
        writeFileSync(`${name}.part`, Buffer.concat(chunks));
        renameSync(`${name}.part`, name);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(port, "127.0.0.1", () => resolve()));
  return () => new Promise<void>((resolve) => sink.close(() => resolve()));
}
