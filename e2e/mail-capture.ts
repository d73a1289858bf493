import { test } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// The server mails through AFTERCARE_SMTP_URL, which playwright.config.ts points at E2E_PORT + 11:
// a spec that reads the mail the server sends calls this once at the top; every mail that arrives
// while the spec runs lands in the returned list, parsed.
export function captureMail(): ParsedMail[] {
  const port = Number(process.env.E2E_PORT ?? 3210) + 11;
  const inbox: ParsedMail[] = [];
  let capture: SMTPServer;
  test.beforeAll(async () => {
    capture = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((m) => {
          inbox.push(m);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => capture.listen(port, "127.0.0.1", () => resolve()));
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => capture.close(() => resolve()));
  });
  return inbox;
}
