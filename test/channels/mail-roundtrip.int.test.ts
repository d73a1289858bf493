import { and, eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  emailMessages,
  outboundMessages,
  type SmtpListener,
  startSmtpListener,
} from "../../src/server/modules/channels/index.js";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("rt");
let listener: SmtpListener;
let capture: SMTPServer;
let capturePort = 0;
let token: string;
const captured: ParsedMail[] = [];
const MAILBOX = "service@roundtrip.test";

// An in-process SMTP server stands in for the provider and keeps what we send.
async function startCapture(): Promise<void> {
  capture = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (m) => {
          captured.push(m);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => capture.listen(0, "127.0.0.1", () => resolve()));
  const address = capture.server.address();
  capturePort = typeof address === "object" && address ? address.port : 0;
}

beforeAll(async () => {
  await startCapture();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Aftercare Service", address: MAILBOX, smtp: { url: `smtp://127.0.0.1:${capturePort}` } },
  });
  expect(r.status).toBe(201);
  token = r.body.inboundToken;
  listener = await startSmtpListener(h.services, { port: 0 });
});
afterAll(async () => {
  await listener?.close();
  await new Promise<void>((resolve) => (capture ? capture.close(() => resolve()) : resolve()));
});

// The customer's own mail client, talking SMTP to our listener.
async function customerSends(mail: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ from: w.alice.email, to: MAILBOX, ...mail });
  transport.close();
}

async function mailRow(messageId: string) {
  const [row] = await h.services.db
    .select()
    .from(emailMessages)
    .where(and(eq(emailMessages.tenantId, w.tenantId), eq(emailMessages.messageId, messageId)));
  return row;
}

async function runJobs() {
  while (await h.jobs.tick()) {}
}

describe("e-mail in and out over real SMTP", () => {
  it("opens a ticket from mail, sends the agent's reply threaded, and threads the customer's answer back", async () => {
    await customerSends({
      subject: "洗衣机漏水 / washer leaks",
      text: "Water under the drum.",
      messageId: "<first@alice.example>",
    });
    const first = await mailRow("first@alice.example");
    expect(first?.ticketId).toMatch(/^tkt_/);
    const ticket = await h.call("GET", `/api/v1/tickets/${first?.ticketId}`, { token: w.agent.token });
    expect(ticket.body).toMatchObject({
      channel: "email",
      type: "support",
      subject: "洗衣机漏水 / washer leaks",
      customerId: w.alice.id,
    });
    const number = ticket.body.number as string;

    await runJobs();
    const receipt = captured.find((m) => m.subject?.includes(number));
    expect(receipt?.subject).toBe(`[${number}] We received your request`);
    expect(receipt?.headers.get("auto-submitted")).toBe("auto-replied");
    expect(receipt?.inReplyTo).toBe("<first@alice.example>");

    const reply = await h.call("POST", `/api/v1/tickets/${number}/messages`, {
      token: w.agent.token,
      body: { body: "Please check the drain hose.", visibility: "public" },
    });
    expect(reply.status).toBe(201);
    await runJobs();
    const out = captured.find((m) => m.text?.includes("Please check the drain hose."));
    expect(out?.subject).toBe(`[${number}] Re: 洗衣机漏水 / washer leaks`);
    expect(out?.to && "value" in out.to ? out.to.value[0]?.address : null).toBe(w.alice.email);
    expect(out?.from?.value[0]?.address).toBe(MAILBOX);
    expect(out?.inReplyTo).toBe("<first@alice.example>");
    expect(out?.references).toContain("<first@alice.example>");
    expect(out?.headers.get("auto-submitted")).toBeUndefined();
    const outId = out?.messageId ?? "";
    expect(await mailRow(outId.replace(/[<>]/g, ""))).toMatchObject({
      direction: "out",
      ticketId: first?.ticketId,
    });

    // The answer carries only the headers (its subject has no number): it still threads.
    await customerSends({
      subject: "Re: your reply",
      text: "Hose was bent, works now.\n\nOn Mon, support wrote:\n> Please check the drain hose.",
      messageId: "<second@alice.example>",
      inReplyTo: outId,
      references: [`<first@alice.example>`, outId],
    });
    const second = await mailRow("second@alice.example");
    expect(second?.ticketId).toBe(first?.ticketId);
    const messages = await h.call("GET", `/api/v1/tickets/${number}/messages`, { token: w.agent.token });
    const bodies = (messages.body.items ?? messages.body).map((m: { body: string }) => m.body);
    expect(bodies).toContain("Hose was bent, works now.");
  });

  it("threads by the [SO-…] number in the subject when headers are missing", async () => {
    await customerSends({ subject: "Needs a visit", text: "Hello", messageId: "<third@alice.example>" });
    const third = await mailRow("third@alice.example");
    const t = await h.call("GET", `/api/v1/tickets/${third?.ticketId}`, { token: w.agent.token });
    await customerSends({
      subject: `Re: [${t.body.number}] Needs a visit`,
      text: "Any news?",
      messageId: "<fourth@alice.example>",
    });
    expect((await mailRow("fourth@alice.example"))?.ticketId).toBe(third?.ticketId);
  });

  it("never answers auto-replies, and stops mailing an address that bounced", async () => {
    const post = (raw: string) =>
      h.call("POST", "/api/v1/channels/email/inbound", {
        token,
        headers: { "content-type": "message/rfc822" },
        raw: raw.replace(/\n/g, "\r\n"),
      });
    const ooo = await post(
      `From: ${w.alice.email}\nTo: ${MAILBOX}\nSubject: 自动回复: 不在办公室\nMessage-ID: <ooo@alice.example>\n\n我休假了`,
    );
    expect(ooo.status).toBe(202);
    expect(ooo.body).toMatchObject({ ticketId: null, ignored: "auto_reply" });
    const bounce = await post(
      `From: MAILER-DAEMON@mx.example\nTo: ${MAILBOX}\nSubject: Undelivered Mail Returned to Sender\nX-Failed-Recipients: ${w.bob.email}\nMessage-ID: <bounce@mx.example>\n\nuser unknown`,
    );
    expect(bounce.body).toMatchObject({ ticketId: null, ignored: "bounce" });
    const before = captured.length;
    const forBob = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { customerId: w.bob.id, subject: "Phone order", description: "Noise", type: "repair" },
    });
    const forAlice = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { customerId: w.alice.id, subject: "Second unit", description: "Noise", type: "repair" },
    });
    await runJobs();
    expect(captured.length).toBe(before);
    const reasons = async (ticketId: string) =>
      (
        await h.services.db
          .select()
          .from(outboundMessages)
          .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, ticketId)))
      ).map((r) => r.reason);
    expect(await reasons(forBob.body.id)).toEqual(["bounced"]);
    expect(await reasons(forAlice.body.id)).toEqual(["auto_replied_recently"]);
  });

  it("refuses a wrong token and a body that is not a raw message", async () => {
    const raw = "From: x@example.com\r\nSubject: hi\r\n\r\nhi";
    const bad = await h.call("POST", "/api/v1/channels/email/inbound", {
      token: `${token}x`,
      headers: { "content-type": "message/rfc822" },
      raw,
    });
    expect(bad.status).toBe(401);
    const json = await h.call("POST", "/api/v1/channels/email/inbound", { token, body: { raw } });
    expect(json.status).toBe(415);
    const list = await h.call("GET", "/api/v1/channels/email", { token: w.admin.token });
    expect(list.body.items).toEqual([expect.objectContaining({ address: MAILBOX, hasSmtp: true })]);
    expect(JSON.stringify(list.body)).not.toContain("token");
    const agent = await h.call("GET", "/api/v1/channels/email", { token: w.agent.token });
    expect(agent.status).toBe(403);
  });
});

describe("phone calls and the customer timeline", () => {
  it("finds the caller by number, opens a ticket from the call and shows every channel in one history", async () => {
    const carol = await w.post("/api/v1/customers", {
      name: "Carol",
      kind: "person",
      phone: "138 0013 8000",
    });
    const call = await h.call("POST", "/api/v1/calls", {
      token: w.agent.token,
      body: {
        direction: "inbound",
        number: "+86 138-0013-8000",
        durationSeconds: 240,
        summary: "Dryer does not heat",
        createTicket: { subject: "Dryer cold", type: "repair" },
      },
    });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      customerId: carol.id,
      number: "13800138000",
      ticketNumber: expect.stringMatching(/^SO-/),
    });
    const again = await h.call("POST", "/api/v1/calls", {
      token: w.agent.token,
      body: {
        direction: "outbound",
        number: "13800138000",
        durationSeconds: 60,
        summary: "Visit booked",
        ticketRef: call.body.ticketNumber,
      },
    });
    expect(again.status).toBe(201);
    const missing = await h.call("POST", "/api/v1/calls", {
      token: w.agent.token,
      body: { direction: "inbound", number: "999", durationSeconds: 1, summary: "?" },
    });
    expect(missing.status).toBe(400);
    const timeline = await h.call("GET", `/api/v1/customers/${carol.id}/timeline`, { token: w.agent.token });
    expect(timeline.status).toBe(200);
    const items = timeline.body.items.map((i: { kind: string; channel: string }) => `${i.kind}:${i.channel}`);
    expect(items[0]).toBe("ticket_opened:phone");
    // The calls' internal notes are not listed again beside the calls.
    expect([...items].sort()).toEqual(["call:phone", "call:phone", "ticket_opened:phone"]);
    const aliceTimeline = await h.call("GET", `/api/v1/customers/${w.alice.id}/timeline`, {
      token: w.agent.token,
    });
    expect(new Set(aliceTimeline.body.items.map((i: { channel: string }) => i.channel))).toEqual(
      new Set(["email", "web"]),
    );
    const forbidden = await h.call("GET", `/api/v1/customers/${carol.id}/timeline`, {
      token: w.aliceUser.token,
    });
    expect(forbidden.status).toBe(403);
  });
});
