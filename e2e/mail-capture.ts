import { readdirSync, readFileSync } from "node:fs";
import { test } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { MAIL_DIR } from "./mail-sink.js";

// The server mails through AFTERCARE_SMTP_URL, which playwright.config.ts points at the run's one
// SMTP sink (e2e/mail-sink.ts, started by the global setup). A spec that reads the mail the server
// sends calls this once at the top; every mail that arrives while the spec runs lands in the
// returned list, parsed. Journeys in other workers get the same mail: find yours by its subject.
export function captureMail(): ParsedMail[] {
  const inbox: ParsedMail[] = [];
  const seen = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arrived = () =>
    readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith(".eml"))
      .sort();
  const readNew = async () => {
    for (const file of arrived()) {
      if (seen.has(file)) continue;
      seen.add(file);
      inbox.push(await simpleParser(readFileSync(`${MAIL_DIR}/${file}`)));
    }
  };
  test.beforeAll(() => {
    for (const file of arrived()) seen.add(file);
    const poll = () => {
      if (!stopped) timer = setTimeout(() => void readNew().finally(poll), 250);
    };
    poll();
  });
  test.afterAll(() => {
    stopped = true;
    clearTimeout(timer);
  });
  return inbox;
}
