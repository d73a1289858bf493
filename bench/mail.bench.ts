import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bootstrapTenant } from "../src/server/demo/bootstrap.js";
import { ingestMail, mailboxes } from "../src/server/modules/channels/index.js";
import { newId } from "../src/server/platform/ids.js";
import { benchServices, countStatements } from "./lib.js";

export type MailIngestResult = {
  database: string;
  mails: number;
  perSecond: number;
  tickets: number;
  ignored: number;
  // Over the concurrent run: statements sent (PostgreSQL only) and this process's CPU time (main
  // thread and parse workers together) per mail.
  statementsPerMail: number | null;
  cpuMsPerMail: number;
};

const MAIL_DIR = path.resolve(import.meta.dirname, "../test/data/third-party/mail");
const DIRS = ["zammad", "zammad-ooo", "mailparser", "jsmime", "php-imap"];

// Parse (in the worker threads) + classify + thread + store, on the mixed real-world corpus
// repeated to about `target` mails (each copy gets a fresh Message-ID so nothing is a duplicate).
export async function benchMailIngest(opts: {
  target: number;
  concurrency: number;
}): Promise<MailIngestResult> {
  const corpus = DIRS.flatMap((d) =>
    readdirSync(path.join(MAIL_DIR, d))
      .filter((f) => !f.endsWith(".yml"))
      .map((f) => readFileSync(path.join(MAIL_DIR, d, f)).toString("latin1")),
  );
  const { services, database } = await benchServices();
  try {
    const slug = newId("mail").toLowerCase();
    const { tenantId } = await bootstrapTenant(services.db, {
      name: "Mail bench",
      slug,
      timezone: "Asia/Shanghai",
      defaultLocale: "en",
      adminEmail: `admin.${slug}@bench.local`,
      adminName: "Bench",
      adminPassword: "bench-password",
    });
    const [mailbox] = await services.db
      .insert(mailboxes)
      .values({
        id: newId("mbx"),
        tenantId,
        name: "Bench",
        address: `in.${slug}@bench.local`,
        tokenHash: "-",
      })
      .returning();
    if (!mailbox) throw new Error("no mailbox");
    let tickets = 0;
    let ignored = 0;
    const rounds = Math.ceil(opts.target / corpus.length);
    const raws = Array.from({ length: rounds }, (_, r) =>
      corpus.map((text, i) =>
        Buffer.from(
          `Message-ID: <bench-${r}-${i}@bench.local>\r\n${text.replace(/^message-id:.*\r?\n/im, "")}`,
          "latin1",
        ),
      ),
    ).flat();
    // `concurrency` mails in flight at once, as a storm through the SMTP listener brings them.
    let next = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const lane = async () => {
      while (next < raws.length) {
        const raw = raws[next++] as Buffer;
        const result = await ingestMail(services, mailbox, raw);
        if (result.ignored) ignored++;
        else if (result.created) tickets++;
      }
    };
    const statements = await countStatements(database.kind, async () => {
      await Promise.all(Array.from({ length: opts.concurrency }, lane));
    });
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const mails = rounds * corpus.length;
    return {
      database: database.kind,
      mails,
      perSecond: mails / seconds,
      tickets,
      ignored,
      statementsPerMail: statements === null ? null : statements / mails,
      cpuMsPerMail: (user + system) / 1000 / mails,
    };
  } finally {
    await database.close();
  }
}
