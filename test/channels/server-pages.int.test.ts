import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenants } from "../../src/server/modules/tenancy/index.js";
import { worldPerFile } from "../fixtures.js";
import { type LocalSmtp, mailboxWithLocalSmtp } from "./local-smtp.js";

// The server-rendered pages (hono/jsx, one text catalogue): what a customer typed comes back as
// text, never as markup, and each page speaks the language it should.
const { h, w } = worldPerFile("sp");
let slug = "";
let smtp: LocalSmtp;
let captured: ParsedMail[] = [];

const HOSTILE = `<script>alert(1)</script> "quoted"`;
const ESCAPED = `&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;`;

beforeAll(async () => {
  const [t] = await h.services.db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, w.tenantId));
  slug = t?.slug ?? "";
  smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, "service@pages.test");
  captured = smtp.received;
});
afterAll(async () => {
  await smtp?.close();
});

async function runJobs() {
  while (await h.jobs.tick()) {}
}

const mailTo = (email: string, pattern: RegExp) =>
  captured.find((m) => JSON.stringify(m.to ?? "").includes(email) && pattern.test(m.text ?? ""));

// Submits the public form (language from ?lang= or, without it, from Accept-Language) and returns
// the verification link mailed to the sender.
async function requestLink(email: string, opts: { query?: string; acceptLanguage?: string }) {
  const r = await h.call("POST", `/request/${slug}${opts.query ?? ""}`, {
    raw: new URLSearchParams({
      name: HOSTILE,
      email,
      subject: `Fridge ${HOSTILE}`,
      description: "Warm since yesterday.",
    }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    lang: opts.acceptLanguage,
  });
  expect(r.status).toBe(202);
  await runJobs();
  const link = /\/request\/[^/\s]+\/verify\/[\w-]+/.exec(mailTo(email, /\/verify\//)?.text ?? "")?.[0];
  if (!link) throw new Error(`no verification link for ${email}`);
  return link;
}

// A ticket of a new customer (name and subject hostile), resolved: returns its confirm token.
async function confirmToken(email: string, locale?: "zh-CN" | "en") {
  const c = await h.call("POST", "/api/v1/customers", {
    token: w.admin.token,
    body: { name: HOSTILE, kind: "person", email, preferredChannel: "email", ...(locale ? { locale } : {}) },
  });
  expect(c.status).toBe(201);
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: { subject: `Washer ${HOSTILE}`, description: "Loud", type: "repair", customerId: c.body.id },
  });
  expect(t.status).toBe(201);
  const r = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve" },
  });
  expect(r.status).toBe(200);
  await runJobs();
  const token = /\/confirm\/([\w-]+)\?answer=yes/.exec(mailTo(email, /\/confirm\//)?.text ?? "")?.[1];
  if (!token) throw new Error(`no confirm link for ${email}`);
  return { token, number: t.body.number as string };
}

describe("server-rendered pages", () => {
  it("the request form follows ?lang=, else Accept-Language, else English, and echoes input as text", async () => {
    const zh = await h.call("GET", `/request/${slug}`, { lang: "zh-CN,zh;q=0.9,en;q=0.5" });
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain("联系售后服务");
    const en = await h.call("GET", `/request/${slug}`, { lang: "fr-FR,en;q=0.3" });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("Contact our service team");
    expect((await h.call("GET", `/request/${slug}`)).body).toContain('<html lang="en">');
    expect((await h.call("GET", `/request/${slug}?lang=zh-CN`, { lang: "en" })).body).toContain("提交请求");

    for (const lang of ["en", "zh-CN"]) {
      const bad = await h.call("POST", `/request/${slug}?lang=${lang}`, {
        raw: new URLSearchParams({
          name: HOSTILE,
          email: "not-an-address",
          subject: "x",
          description: "y",
        }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(bad.status).toBe(400);
      expect(bad.body).toContain(`value="${ESCAPED}"`);
      expect(bad.body).not.toContain("<script>");
      expect(bad.body).toContain(lang === "en" ? "Please check this field." : "请检查此项。");
    }
  });

  it("the verification page shows the subject as text, in the language the request was sent in", async () => {
    const en = await requestLink("pages.en@example.org", { query: "?lang=en" });
    const enPage = await h.call("GET", en, { lang: "zh-CN" });
    expect(enPage.status).toBe(200);
    expect(enPage.body).toContain(`Send your request &quot;Fridge ${ESCAPED}&quot; to our service team?`);
    expect(enPage.body).not.toContain("<script>");
    expect(enPage.body).toContain('<html lang="en">');

    const zh = await requestLink("pages.zh@example.org", { acceptLanguage: "zh-CN" });
    const zhPage = await h.call("GET", zh, { lang: "en" });
    expect(zhPage.status).toBe(200);
    expect(zhPage.body).toContain(`确认提交服务请求“Fridge ${ESCAPED}”？`);
    expect(zhPage.body).not.toContain("<script>");
    expect(zhPage.body).toContain('<html lang="zh-CN">');

    // A link that leads nowhere has no request to take a language from: the opener's is used.
    const forged = await h.call("GET", `/request/${slug}/verify/forged-token-0000`, { lang: "zh-CN" });
    expect(forged.status).toBe(404);
    expect(forged.body).toContain("该链接无效或已过期");
  });

  it("the confirm page shows name and subject as text, in the customer's language or the tenant's", async () => {
    const zh = await confirmToken("pages.confirm.zh@example.org", "zh-CN");
    const zhPage = await h.call("GET", `/confirm/${zh.token}`, { lang: "en" });
    expect(zhPage.status).toBe(200);
    expect(zhPage.body).toContain('<html lang="zh-CN">');
    expect(zhPage.body).toContain(
      `${ESCAPED}，您好：您的服务请求 ${zh.number}“Washer ${ESCAPED}”已处理完成。`,
    );
    expect(zhPage.body).not.toContain("<script>");
    expect(zhPage.body).toContain("已解决，关闭服务单");

    // No language of their own: the tenant's default (English here), whoever opens the link.
    const en = await confirmToken("pages.confirm.en@example.org");
    const enPage = await h.call("GET", `/confirm/${en.token}?answer=no`, { lang: "zh-CN" });
    expect(enPage.status).toBe(200);
    expect(enPage.body).toContain('<html lang="en">');
    expect(enPage.body).toContain(
      `Hello ${ESCAPED}, we resolved your request ${en.number} &quot;Washer ${ESCAPED}&quot;.`,
    );
    expect(enPage.body).not.toContain("<script>");
    // ?answer=no puts the reason form first.
    expect(enPage.body.indexOf('data-testid="confirm-no"')).toBeLessThan(
      enPage.body.indexOf('data-testid="confirm-yes"'),
    );

    // A token that leads nowhere has no customer to take a language from: the opener's is used.
    const invalid = await h.call("GET", "/confirm/not-a-real-token-at-all", { lang: "zh-CN" });
    expect(invalid.status).toBe(200);
    expect(invalid.body).toContain("该链接无效或已过期");
  });
});
