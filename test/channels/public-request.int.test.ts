import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenants } from "../../src/server/modules/tenancy/index.js";
import { worldPerFile } from "../fixtures.js";
import { type LocalSmtp, mailboxWithLocalSmtp } from "./local-smtp.js";

const { h, w } = worldPerFile("pr");
let slug = "";
let smtp: LocalSmtp;
let captured: ParsedMail[] = [];

beforeAll(async () => {
  const [t] = await h.services.db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, w.tenantId));
  slug = t?.slug ?? "";
  smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, "service@request.test");
  captured = smtp.received;
});
afterAll(async () => {
  await smtp?.close();
});

async function runJobs() {
  while (await h.jobs.tick()) {}
}

const submit = (fields: Record<string, string>, lang = "en") =>
  h.call("POST", `/request/${slug}?lang=${lang}`, {
    raw: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });

const request = (email: string) => ({
  name: "Wang Lei",
  email,
  phone: "+86 139 1234 5678",
  subject: "Fridge not cooling",
  description: "Since yesterday the fridge is warm.",
});

const ticketsOf = async (email: string) => {
  const c = await h.call("GET", `/api/v1/customers?q=${encodeURIComponent(email)}`, { token: w.admin.token });
  const id = c.body.items[0]?.id;
  if (!id) return [];
  const t = await h.call("GET", `/api/v1/tickets?customerId=${id}`, { token: w.admin.token });
  return t.body.items as { number: string; channel: string; subject: string }[];
};

describe("public request form", () => {
  it("is an embeddable form; a wrong field comes back marked, nothing is stored", async () => {
    const page = await h.call("GET", `/request/${slug}?lang=zh-CN`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("联系售后服务");
    expect(page.headers.get("x-frame-options")).toBeNull();
    expect((await h.call("GET", "/confirm/whatever-token-xyz")).headers.get("x-frame-options")).toBe(
      "SAMEORIGIN",
    );
    expect((await h.call("GET", "/request/no-such-tenant")).status).toBe(404);
    const bad = await submit({ ...request("not-an-address"), subject: "" });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("Please check this field.");
    expect(bad.body).toContain('value="Wang Lei"');
  });

  it("holds the request until the mailed link is opened, then opens one ticket", async () => {
    const email = "wang.lei@example.org";
    const r = await submit(request(email));
    expect(r.status).toBe(202);
    expect(r.body).toContain(`we sent a link to ${email}`);
    expect(await ticketsOf(email)).toEqual([]);
    await runJobs();
    const mail = captured.find((m) => m.subject === "Please confirm your service request");
    const link = /\/request\/[^/\s]+\/verify\/([\w-]+)/.exec(mail?.text ?? "");
    expect(link?.[1]).toBeTruthy();
    const page = await h.call("GET", link?.[0] ?? "");
    expect(page.status).toBe(200);
    expect(page.body).toContain('method="post"');
    const opened = await h.call("POST", link?.[0] ?? "");
    expect(opened.status).toBe(200);
    const number = /SO-\d{4}-\d{6}/.exec(String(opened.body))?.[0];
    expect(number).toBeTruthy();
    const again = await h.call("GET", link?.[0] ?? "");
    expect(again.body).toContain(`already confirmed (service order ${number})`);
    expect(await ticketsOf(email)).toMatchObject([{ number, channel: "web", subject: "Fridge not cooling" }]);
    expect((await h.call("GET", `/request/${slug}/verify/forged-token-0000`)).status).toBe(404);
    expect((await h.call("POST", `/request/${slug}/verify/forged-token-0000`)).status).toBe(404);
  });

  it("limits each e-mail and each client address per hour with a translated 429", async () => {
    for (let i = 0; i < 3; i++) expect((await submit(request("flood@example.org"))).status).toBe(202);
    const limited = await submit(request("flood@example.org"));
    expect(limited.status).toBe(429);
    expect(limited.body).toContain("Too many requests");
    const zh = await submit(request("flood@example.org"), "zh-CN");
    expect(zh.body).toContain("提交过于频繁");
    // 4 requests so far from this client; the per-address limit is 10.
    for (let i = 0; i < 6; i++) expect((await submit(request(`p${i}@example.org`))).status).toBe(202);
    expect((await submit(request("fresh@example.org"))).status).toBe(429);
    h.clock.advance(61 * 60_000);
    expect((await submit(request("fresh@example.org"))).status).toBe(202);
  });

  it("opening the link (GET, HEAD: a mail scanner) creates nothing; only the page's button does", async () => {
    const email = "scanned@example.org";
    expect((await submit(request(email))).status).toBe(202);
    await runJobs();
    const link = linkFor(email);
    expect((await h.call("HEAD", link)).status).toBe(200);
    const page = await h.call("GET", link);
    expect(page.body).toContain("Send your request &quot;Fridge not cooling&quot; to our service team?");
    expect(page.body).toContain('method="post"');
    await h.call("GET", link);
    expect(await ticketsOf(email)).toEqual([]);
    const sent = await h.call("POST", link);
    expect(sent.body).toContain("Your request has been received");
    expect(await ticketsOf(email)).toHaveLength(1);
  });

  it("a request from an existing customer's address reaches that customer only after the proof", async () => {
    const before = await ticketsOf(w.alice.email as string);
    expect((await submit(request(w.alice.email as string))).status).toBe(202);
    await runJobs();
    const link = linkFor(w.alice.email as string);
    await h.call("GET", link);
    expect(await ticketsOf(w.alice.email as string)).toHaveLength(before.length);
    await h.call("POST", link);
    const after = await ticketsOf(w.alice.email as string);
    expect(after).toHaveLength(before.length + 1);
    const audit = await h.call("GET", "/api/v1/audit?limit=20", { token: w.admin.token });
    const proof = audit.body.items.find((e: { action: string }) => e.action === "public_request.verified");
    expect(proof?.data).toMatchObject({
      email: w.alice.email,
      customerId: w.alice.id,
      existingCustomer: true,
    });
  });

  it("the sender's text is never read as a pattern in the verification mail", async () => {
    const email = "dollar@example.org";
    const name = "Ann $' $` $& $1 {url}";
    const subject = "Price $'100 {name} $&";
    expect((await submit({ ...request(email), name, subject })).status).toBe(202);
    await runJobs();
    const mail = captured.find((m) => m.to && JSON.stringify(m.to).includes(email));
    expect(mail?.text).toContain(`Hello ${name},`);
    expect(mail?.text).toContain(`"${subject}"`);
    expect(mail?.text?.match(/\/verify\//g)).toHaveLength(1);
  });
});

function linkFor(email: string): string {
  const mail = captured.find((m) => m.to && JSON.stringify(m.to).includes(email));
  const link = /\/request\/[^/\s]+\/verify\/[\w-]+/.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`no verification link for ${email}`);
  return link;
}
