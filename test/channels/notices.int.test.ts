import { createServer, type Server } from "node:http";
import { and, eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundMessages } from "../../src/server/modules/channels/index.js";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("nt");
let capture: SMTPServer;
let gateway: Server;
const captured: ParsedMail[] = [];
const texts: { to: string; body: string; ticketNumber: string }[] = [];
let gatewayFails = false;
// The Idempotency-Key of every request the gateway saw, refused or not.
const keys: string[] = [];

async function listen(server: { listen: (port: number, host: string, cb: () => void) => unknown }) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
}
const portOf = (a: ReturnType<Server["address"]>) => (typeof a === "object" && a ? a.port : 0);

beforeAll(async () => {
  capture = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => {
        captured.push(m);
        cb();
      }, cb);
    },
  });
  await listen(capture);
  // An in-process SMS gateway: answers 200 with a provider id, or 500 when told to fail.
  gateway = createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString()));
    req.on("end", () => {
      keys.push(String(req.headers["idempotency-key"]));
      if (gatewayFails) return res.writeHead(500).end();
      texts.push(JSON.parse(raw));
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: `sms-${texts.length}` }));
    });
  });
  await listen(gateway);
  process.env.AFTERCARE_SMS_WEBHOOK_URL = `http://127.0.0.1:${portOf(gateway.address())}/send`;
  process.env.AFTERCARE_PUBLIC_URL = "https://help.example.com";
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: {
      name: "Service",
      address: "service@notices.test",
      smtp: { url: `smtp://127.0.0.1:${portOf(capture.server.address())}` },
    },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => {
  delete process.env.AFTERCARE_SMS_WEBHOOK_URL;
  delete process.env.AFTERCARE_PUBLIC_URL;
  await new Promise<void>((r) => (capture ? capture.close(() => r()) : r()));
  await new Promise<void>((r) => (gateway ? gateway.close(() => r()) : r()));
});

async function runJobs() {
  while (await h.jobs.tick()) {}
}

async function openTicket(customerToken: string, subject: string) {
  const r = await h.call("POST", "/api/v1/tickets", {
    token: customerToken,
    body: { subject, description: "Details", type: "repair" },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; number: string };
}

async function resolve(id: string) {
  const r = await h.call("POST", `/api/v1/tickets/${id}/transitions`, {
    token: w.supervisor.token,
    body: { action: "resolve" },
  });
  expect(r.status).toBe(200);
}

const status = async (id: string) =>
  (await h.call("GET", `/api/v1/tickets/${id}`, { token: w.supervisor.token })).body.status as string;

const form = (token: string, fields: Record<string, string>) =>
  h.call("POST", `/confirm/${token}`, {
    raw: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });

function confirmToken(number: string): string {
  const mail = captured.find((m) => m.subject?.includes(number) && /confirm\//.test(m.text ?? ""));
  const match = /https:\/\/help\.example\.com\/confirm\/([\w-]+)\?answer=yes/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no confirm link for ${number}`);
  return match[1];
}

describe("resolution notice with confirm links", () => {
  it("a GET (a mail scanner) changes nothing; the page's confirm button closes; reuse says already answered", async () => {
    const t = await openTicket(w.aliceUser.token, "Door seal leaks");
    await resolve(t.id);
    await runJobs();
    const token = confirmToken(t.number);

    const page = await h.call("GET", `/confirm/${token}?answer=yes`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Is the problem fixed?");
    expect(page.body).toContain('method="post"');
    await h.call("GET", `/confirm/${token}?answer=no`);
    expect(await status(t.id)).toBe("resolved");

    const done = await form(token, { answer: "confirm" });
    expect(done.body).toContain("is now closed");
    expect(await status(t.id)).toBe("closed");

    expect((await h.call("GET", `/confirm/${token}`)).body).toContain("already been answered");
    expect((await form(token, { answer: "reject", reason: "again" })).body).toContain(
      "already been answered",
    );
    expect(await status(t.id)).toBe("closed");
  });

  it("not fixed needs the reason typed on the page, then reopens the ticket", async () => {
    const t = await openTicket(w.aliceUser.token, "Drum noise");
    await resolve(t.id);
    await runJobs();
    const token = confirmToken(t.number);
    const missing = await form(token, { answer: "reject", reason: "  " });
    expect(missing.body).toContain("Please tell us what is still wrong.");
    expect(await status(t.id)).toBe("resolved");
    const done = await form(token, { answer: "reject", reason: "Still rattles at 1200 rpm" });
    expect(done.body).toContain("reopened");
    expect(await status(t.id)).toBe("in_progress");
    const events = await h.call("GET", `/api/v1/tickets/${t.id}/events`, { token: w.supervisor.token });
    expect(JSON.stringify(events.body)).toContain("Still rattles at 1200 rpm");
  });

  it("an unknown token shows the invalid-link page", async () => {
    const r = await h.call("GET", "/confirm/not-a-real-token-at-all", { lang: "en" });
    expect(r.status).toBe(200);
    expect(r.body).toContain("invalid or has expired");
  });
});

describe("notices in the customer's language and channel", () => {
  it("every public reply and the closure are mailed, in the customer's own language", async () => {
    const p = await h.call("PATCH", `/api/v1/customers/${w.alice.id}`, {
      token: w.admin.token,
      body: { locale: "zh-CN" },
    });
    expect(p.status).toBe(200);
    expect(p.body).toMatchObject({ locale: "zh-CN", preferredChannel: "email" });
    const t = await openTicket(w.aliceUser.token, "Display blank");
    await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.supervisor.token,
      body: { body: "Please send a photo of the display.", visibility: "public" },
    });
    await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.supervisor.token,
      body: { body: "internal only", visibility: "internal" },
    });
    await resolve(t.id);
    await runJobs();
    await form(confirmToken(t.number), { answer: "confirm" });
    await runJobs();
    const subjects = captured.filter((m) => m.subject?.includes(t.number)).map((m) => m.subject);
    // Jobs run in parallel lanes on PostgreSQL: the set matters, not the order.
    expect([...subjects].sort()).toEqual(
      [
        `[${t.number}] 我们已收到您的服务请求`,
        `[${t.number}] 回复：Display blank`,
        `[${t.number}] 您的服务请求已处理完成`,
        `[${t.number}] 您的服务请求已关闭`,
      ].sort(),
    );
    expect(captured.some((m) => m.text?.includes("internal only"))).toBe(false);
  });

  it("a customer who prefers SMS gets texts through the webhook gateway; a failing gateway is retried", async () => {
    const p = await h.call("PATCH", `/api/v1/customers/${w.bob.id}`, {
      token: w.admin.token,
      body: { preferredChannel: "sms", phone: "+86 138 0013 8000" },
    });
    expect(p.status).toBe(200);
    gatewayFails = true;
    const t = await openTicket(w.bobUser.token, "Dryer stops");
    await runJobs();
    expect(texts).toHaveLength(0);
    gatewayFails = false;
    // The runner's back-off is on the database clock: make the retry due now.
    await h.database.query(
      "update jobs set run_at = now() where status = 'queued' and kind = 'channels.notify_customer'",
    );
    await runJobs();
    expect(texts).toEqual([
      {
        to: "+86 138 0013 8000",
        body: `We received your request ${t.number}. We will be in touch.`,
        ticketNumber: t.number,
      },
    ]);
    await resolve(t.id);
    await runJobs();
    // The refused attempt and its retry carry the same key.
    expect(keys.slice(0, 2)).toEqual([keys[0], keys[0]]);
    expect(keys[0]).toMatch(/^out_/);
    expect(keys[2]).not.toBe(keys[0]);
    expect(texts[1]?.body).toMatch(
      /has been resolved\. Fixed\? Tell us: https:\/\/help\.example\.com\/confirm\//,
    );
    const rows = await h.services.db
      .select()
      .from(outboundMessages)
      .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, t.id)));
    expect(rows.map((r) => [r.channel, r.kind, r.status, r.providerId])).toEqual([
      ["sms", "created", "sent", "sms-1"],
      ["sms", "resolved", "sent", "sms-2"],
    ]);
    expect(captured.some((m) => m.subject?.includes(t.number))).toBe(false);
  });
});

describe("agent notifications", () => {
  it("notifies on assignment and on an @mention in an internal note, not the author", async () => {
    const t = await openTicket(w.bobUser.token, "Noise while spinning");
    const a = await h.call("PATCH", `/api/v1/tickets/${t.id}`, {
      token: w.supervisor.token,
      body: { assigneeId: w.technician.id, reason: "on site" },
    });
    expect(a.status).toBe(200);
    const local = (w.agent.email as string).split("@")[0];
    await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.supervisor.token,
      body: { body: `@${local} please check parts; mail bob@${local}.com`, visibility: "internal" },
    });
    const tech = await h.call("GET", "/api/v1/notifications", { token: w.technician.token });
    expect(tech.body.items.filter((n: { ticketId: string }) => n.ticketId === t.id)).toMatchObject([
      { kind: "assigned", data: { number: t.number } },
    ]);
    const agent = await h.call("GET", "/api/v1/notifications", { token: w.agent.token });
    expect(
      agent.body.items.filter(
        (n: { ticketId: string; kind: string }) => n.ticketId === t.id && n.kind === "mention",
      ),
    ).toHaveLength(1);
    const sup = await h.call("GET", "/api/v1/notifications", { token: w.supervisor.token });
    expect(sup.body.items.filter((n: { ticketId: string }) => n.ticketId === t.id)).toEqual([]);
  });
});

describe("dealer intake", () => {
  it("a dealer's report with a photo shows the dealer, the outlet and the customer to the agent", async () => {
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    const upload = new FormData();
    upload.append("file", new Blob([png], { type: "image/png" }), "leak.png");
    const a = await h.call("POST", "/api/v1/attachments", { token: w.dealer.token, raw: upload });
    expect(a.status).toBe(201);
    const r = await h.call("POST", "/api/v1/tickets", {
      token: w.dealer.token,
      body: {
        subject: "Water under the washer",
        description: "Customer brought a photo",
        type: "repair",
        customerId: w.alice.id,
        attachmentIds: [a.body.id],
      },
    });
    expect(r.status).toBe(201);
    const origin = await h.call("GET", `/api/v1/tickets/${r.body.number}/origin`, { token: w.agent.token });
    expect(origin.status).toBe(200);
    expect(origin.body).toMatchObject({
      reporter: { id: w.dealer.id, role: "dealer" },
      outlet: { id: w.outletId, name: "Xuhui store" },
      customer: { id: w.alice.id, name: "Alice" },
    });
    const ticket = await h.call("GET", `/api/v1/tickets/${r.body.number}`, { token: w.agent.token });
    expect(ticket.body.attachments).toHaveLength(1);
    // Another customer's portal user sees nothing of it.
    const other = await h.call("GET", `/api/v1/tickets/${r.body.number}/origin`, { token: w.bobUser.token });
    expect(other.status).toBe(403);
  });
});
