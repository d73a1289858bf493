import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseMail } from "./parse.js";
import { MailParsePool } from "./parse-pool.js";

const MAIL_DIR = path.resolve(import.meta.dirname, "../../../../../test/data/third-party/mail");
const corpus = ["zammad", "mailparser", "jsmime"].flatMap((d) =>
  readdirSync(path.join(MAIL_DIR, d))
    .filter((f) => !f.endsWith(".yml"))
    .map((f) => readFileSync(path.join(MAIL_DIR, d, f))),
);

describe("mail parsing in worker threads", () => {
  const pool = new MailParsePool(2);
  afterAll(() => pool.close());

  it("gives each mail, sent all at once, the same parse as this thread does", async () => {
    const off = await Promise.all(corpus.map((raw) => pool.parse(raw)));
    for (const [i, raw] of corpus.entries()) {
      const inline = await parseMail(raw);
      expect(off[i]?.messageId).toBe(inline.messageId);
      expect(off[i]?.subject).toBe(inline.subject);
      expect(off[i]?.visibleText).toBe(inline.visibleText);
      expect(off[i]?.attachments.map((a) => [a.name, a.bytes.length])).toEqual(
        inline.attachments.map((a) => [a.name, a.bytes.length]),
      );
    }
  }, 120_000);
});
