import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMail } from "./classify.js";
import { parseMail } from "./parse.js";
import { stripQuotedHistory } from "./quotes.js";

// Third-party mail test data, with its sources and licences: test/data/third-party/mail.
const MAIL_DIR = path.resolve(import.meta.dirname, "../../../../../test/data/third-party/mail");

type Vector = { encoded: string; decoded: string; notes?: string };

// Where we knowingly decode differently from the vector's source; no readable text is lost.
const TOLERATED: Record<string, string> = {
  "=?iso-8859-1?b?VIH1aXZvIExlZWRqgeRydg==?=":
    "bytes 0x81 are undefined in windows-1252 (what iso-8859-1 labels mean in mail): shown as U+FFFD, meli drops them",
  "=?NoSuchCharset?Q?ab?=": "unknown charset: we show the ASCII text 'ab' instead of the raw encoded-word",
};
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const mail = (headers: string, body = "x") => new TextEncoder().encode(`${headers}\r\n\r\n${body}`);

describe("RFC 2047 encoded words (encoded_words.json)", () => {
  const vectors = (
    JSON.parse(readFileSync(path.join(MAIL_DIR, "encoded_words.json"), "utf8")) as { vectors: Vector[] }
  ).vectors;

  it("decodes the subject vectors as their sources assert, malformed ones without losing text", async () => {
    const wrong: string[] = [];
    for (const v of vectors) {
      if (v.encoded.startsWith("From:")) continue;
      // Folded vectors are header values: continuation lines must start with white space.
      const folded = v.encoded.replace(/\n(?![ \t])/g, "\n ").replace(/\r?\n/g, "\r\n");
      const parsed = await parseMail(mail(`From: a@example.com\r\nSubject: ${folded}`));
      if (squash(parsed.subject) !== squash(v.decoded) && !TOLERATED[v.encoded])
        wrong.push(`${v.encoded} → ${parsed.subject} (want ${v.decoded})`);
    }
    console.log(
      `encoded words: ${vectors.length - 1 - wrong.length}/${vectors.length - 1} subjects decoded as asserted`,
    );
    if (wrong.length) console.log(wrong.join("\n"));
    expect(wrong).toEqual([]);
  });

  it("decodes a GB2312 display name in From", async () => {
    const parsed = await parseMail(mail("From: =?gb2312?B?086yyZjl?= user@ldkf.com.tw\r\nSubject: hi"));
    expect(parsed.fromAddress).toBe("user@ldkf.com.tw");
    expect(parsed.fromName).toBe("游采樺");
  });
});

describe("mail parsing details", () => {
  it("decodes every charset part of jsmime's charsets.eml", async () => {
    const parsed = await parseMail(readFileSync(path.join(MAIL_DIR, "jsmime/charsets.eml")));
    for (const text of [
      "أهلا بالعالم",
      "こんにちは、世界",
      "ハロー・ワールド",
      "안녕하세요 세계",
      "你好世界",
    ])
      expect(parsed.text.split(text).length - 1).toBeGreaterThanOrEqual(2);
  });

  it("reads a raw 8-bit GB2312 subject and falls back to Reply-To when From has no address", async () => {
    const gb = Buffer.concat([
      Buffer.from("From: broken\r\nReply-To: li@example.cn\r\nSubject: "),
      Buffer.from([0xd7, 0xaa, 0xb7, 0xa2]),
      Buffer.from('\r\nContent-Type: text/plain; charset="gb2312"\r\n\r\nhi'),
    ]);
    const parsed = await parseMail(gb);
    expect(parsed.subject).toBe("转发");
    expect(parsed.fromAddress).toBe("li@example.cn");
  });

  it("sanitises HTML: no script, no handlers, no remote images, cid images kept", async () => {
    const raw = mail(
      "From: a@example.com\r\nSubject: html\r\nContent-Type: text/html; charset=utf-8",
      '<p onclick="x()">Hi<script>alert(1)</script><img src="https://tracker.example/p.gif"><img src="cid:abc"></p>',
    );
    const parsed = await parseMail(raw);
    expect(parsed.html).not.toMatch(/script|onclick|tracker/);
    expect(parsed.html).toContain('src="cid:abc"');
    expect(parsed.text).toContain("Hi");
  });

  it("strips quoted history from the visible body", () => {
    expect(stripQuotedHistory("Thanks, works now.\n\nOn Mon, 1 Jan 2026 Bob wrote:\n> did you try?")).toBe(
      "Thanks, works now.",
    );
    expect(stripQuotedHistory("好的，谢谢\n\n在 2026年1月1日，客服 写道：\n> 请重启")).toBe("好的，谢谢");
    expect(stripQuotedHistory("Fixed.\n-----Original Message-----\nFrom: x")).toBe("Fixed.");
  });

  it("recognises auto-replies and bounces, and leaves ordinary mail alone", () => {
    const base = {
      contentType: "text/plain",
      reportType: undefined,
      fromAddress: "a@example.com",
      subject: "Hello",
    };
    const h = (headers: Record<string, string>) => (n: string) => headers[n];
    expect(classifyMail({ ...base, header: h({}) })).toBeNull();
    expect(classifyMail({ ...base, header: h({ "auto-submitted": "auto-replied" }) })).toBe("auto_reply");
    expect(classifyMail({ ...base, header: h({ "auto-submitted": "no" }) })).toBeNull();
    expect(classifyMail({ ...base, header: h({}), subject: "自动回复：您好" })).toBe("auto_reply");
    expect(classifyMail({ ...base, header: h({ precedence: "bulk" }) })).toBe("auto_reply");
    expect(
      classifyMail({
        ...base,
        header: h({}),
        contentType: "multipart/report",
        reportType: "delivery-status",
      }),
    ).toBe("bounce");
    expect(
      classifyMail({
        ...base,
        header: h({}),
        fromAddress: "MAILER-DAEMON@mx.example",
        subject: "Undelivered Mail",
      }),
    ).toBe("bounce");
  });
});
