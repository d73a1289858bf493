import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../src/server/modules/channels/index.js";
import { attachments, ticketMessages } from "../../src/server/modules/tickets/tickets.tables.js";
import { worldPerFile } from "../fixtures.js";

// Real-world mail written by others, with its sources and licences: test/data/third-party/mail.
const MAIL_DIR = path.resolve(import.meta.dirname, "../data/third-party/mail");
const DIRS = ["zammad", "zammad-ooo", "mailparser", "jsmime", "php-imap"];

type Expect = {
  file: string;
  expected: Record<string, unknown> & {
    subject?: string;
    from_email?: string;
    body_text_excerpt?: string;
    attachments?: { filename: string; size: number; md5: string; preferences?: Record<string, string> }[];
    attachments_count?: number;
  };
  peer_asserted_classification: { is_bounce?: boolean | null; is_auto_response?: boolean | null } | null;
};

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const dense = (s: string) => s.replace(/\s+/g, "");

// Where our decoding knowingly differs from Zammad's expected value, with the reason.
const KNOWN_DIFFERENCES: Record<string, string> = {
  "mail/zammad/mail071.box:from":
    "'power quadrant system@example.com' has spaces: not an address; we keep system@example.com",
  "mail/zammad/mail087.box:from":
    "Zammad reports 'Test test@example.com' (display name glued on); we keep the address",
  "mail/zammad/mail087.box:attachments": "Zammad names the PDF 'file'; we keep its real name fax_1234.pdf",
  "mail/zammad/mail078-content_transfer_encoding_x_uuencode.box:attachments":
    "Zammad's fixture keeps a 12-byte stub of the x-uuencode part; we keep the decoded file",
  "mail/zammad/mail085.box:attachments":
    "a second text/html part: mailparser merges it into the HTML body (text kept, no file)",
};

const { h, w } = worldPerFile("mail");
let token: string;
const corpus: { file: string; raw: Buffer }[] = [];

beforeAll(async () => {
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Support", address: "support@corpus.test" },
  });
  expect(r.status).toBe(201);
  token = r.body.inboundToken;
  for (const dir of DIRS)
    for (const f of readdirSync(path.join(MAIL_DIR, dir)).sort())
      if (!f.endsWith(".yml"))
        corpus.push({ file: `mail/${dir}/${f}`, raw: readFileSync(path.join(MAIL_DIR, dir, f)) });
});

const post = (raw: Buffer, t = token) =>
  h.call("POST", "/api/v1/channels/email/inbound", {
    token: t,
    headers: { "content-type": "message/rfc822" },
    raw: new Uint8Array(raw),
  });

describe("the real-world mail corpus through the inbound endpoint", () => {
  it("accepts every mail, loses none and matches what the sources' own tests assert", async () => {
    expect(existsSync(MAIL_DIR)).toBe(true);
    const expectations = JSON.parse(readFileSync(path.join(MAIL_DIR, "expect.json"), "utf8"))
      .mails as Expect[];
    const byFile = new Map(expectations.map((e) => [e.file, e]));
    const stats = { mails: 0, created: 0, threaded: 0, autoReply: 0, bounce: 0, attachments: 0 };
    const mismatches: string[] = [];
    const duplicates: string[] = [];
    const db = h.services.db;
    for (const mail of corpus) {
      const r = await post(mail.raw);
      expect(r.status, `${mail.file}: ${JSON.stringify(r.body)}`).toBe(202);
      stats.mails++;
      // Zammad's fixtures reuse some Message-IDs: a known Message-ID is the same mail, stored once.
      if (r.body.duplicate) {
        duplicates.push(mail.file);
        continue;
      }
      const [row] = await db
        .select()
        .from(emailMessages)
        .where(
          and(
            eq(emailMessages.tenantId, w.tenantId),
            eq(emailMessages.rawKey, rawKeyOf(mail.raw, w.tenantId)),
          ),
        );
      expect(row, mail.file).toBeDefined();
      if (!row) continue;
      if (r.body.ignored === "auto_reply") stats.autoReply++;
      else if (r.body.ignored === "bounce") stats.bounce++;
      else {
        // No loss: an accepted mail is exactly one message on a ticket.
        expect(r.body.ticketId, mail.file).toMatch(/^tkt_/);
        expect(r.body.messageId, mail.file).toMatch(/^msg_/);
        if (r.body.created) stats.created++;
        else stats.threaded++;
      }
      const files = r.body.messageId
        ? await db
            .select()
            .from(attachments)
            .where(and(eq(attachments.tenantId, w.tenantId), eq(attachments.messageId, r.body.messageId)))
        : [];
      stats.attachments += files.length;
      const [message] = r.body.messageId
        ? await db.select().from(ticketMessages).where(eq(ticketMessages.id, r.body.messageId))
        : [];
      const exp = byFile.get(mail.file);
      if (!exp) continue;
      const e = exp.expected;
      const check = (what: string, ok: boolean, detail: string) => {
        if (!ok && !KNOWN_DIFFERENCES[`${mail.file}:${what}`])
          mismatches.push(`${mail.file} ${what}: ${detail}`);
      };
      if (typeof e.subject === "string")
        check("subject", squash(row.subject) === squash(e.subject), `${row.subject} ≠ ${e.subject}`);
      if (typeof e.from_email === "string")
        check("from", row.fromAddress === e.from_email.toLowerCase(), `${row.fromAddress} ≠ ${e.from_email}`);
      const cls = exp.peer_asserted_classification;
      if (cls?.is_bounce === true) check("bounce", r.body.ignored === "bounce", String(r.body.ignored));
      else if (cls?.is_auto_response === true)
        check("auto_reply", r.body.ignored === "auto_reply", String(r.body.ignored));
      else if (cls && cls.is_bounce === false && cls.is_auto_response === false)
        check("not_ignored", !r.body.ignored, String(r.body.ignored));
      if (message && e.body_text_excerpt && e.body_text_excerpt !== "no visible content") {
        // Loosely: some 12-character stretch of the expected text is in ours, decoded the same.
        const want = dense(e.body_text_excerpt);
        const ours = dense(message.body) + dense(message.bodyHtml ?? "");
        const windows =
          want.length <= 12
            ? [want]
            : [0, 10, 20, 40].map((i) => want.slice(i, i + 12)).filter((x) => x.length === 12);
        check(
          "body",
          windows.some((x) => ours.includes(x)),
          want.slice(0, 40),
        );
      }
      if (r.body.ignored) continue; // bounces and auto-replies open nothing; their raw mail is kept
      // Zammad adds a synthetic "message.html" for HTML bodies; every real attachment must be ours.
      for (const a of (e.attachments ?? []).filter((x) => x.filename !== "message.html")) {
        // Stored names drop characters unsafe in file names (":" and the like).
        const mine = files.find((f) => f.name === a.filename.replace(/[<>:"|?*]/g, ""));
        if (!mine) {
          check("attachments", false, `missing ${a.filename} (have ${files.map((f) => f.name).join(", ")})`);
          continue;
        }
        const binary = !(a.preferences?.["Mime-Type"] ?? "").startsWith("text/");
        if (binary) {
          // Zammad stores text-like parts with LF line ends: compare both spellings.
          const bytes = await h.services.files.get(mine.storageKey);
          const md5 = createHash("md5").update(bytes).digest("hex");
          const md5Lf = createHash("md5")
            .update(bytes.toString("latin1").replace(/\r\n/g, "\n"), "latin1")
            .digest("hex");
          check("attachments", md5 === a.md5 || md5Lf === a.md5, `${a.filename} md5 ${md5} ≠ ${a.md5}`);
        }
      }
      if (typeof e.attachments_count === "number" && !e.attachments)
        check(
          "attachments",
          files.length === e.attachments_count,
          `${files.length} ≠ ${e.attachments_count}`,
        );
    }
    console.log(
      `mail corpus: ${stats.mails} mails, ${stats.created} tickets created, ${stats.threaded} replies threaded, ` +
        `${stats.autoReply} ignored as auto-reply, ${stats.bounce} ignored as bounce, ${stats.attachments} attachments`,
    );
    console.table([{ ...stats, duplicateMessageIds: duplicates.length }]);
    console.log(`same Message-ID as an earlier mail: ${duplicates.join(", ")}`);
    if (mismatches.length) console.log(mismatches.join("\n"));
    expect(mismatches).toEqual([]);
    expect(stats.mails).toBe(corpus.length);
  }, 120_000);

  it("stores a mail sent twice once", async () => {
    const mail = corpus.find((m) => m.file.endsWith("mail002.box"));
    if (!mail) throw new Error("mail002 missing");
    const first = await post(mail.raw);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ created: false, duplicate: true });
    const rows = await h.services.db
      .select()
      .from(emailMessages)
      .where(
        and(eq(emailMessages.tenantId, w.tenantId), eq(emailMessages.rawKey, rawKeyOf(mail.raw, w.tenantId))),
      );
    expect(rows).toHaveLength(1);
  });
});

function rawKeyOf(raw: Buffer, tenantId: string): string {
  const sha = createHash("sha256").update(raw).digest("hex");
  return `${tenantId.replace(/[^A-Za-z0-9_-]/g, "_")}/${sha.slice(0, 2)}/${sha}`;
}
