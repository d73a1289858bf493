import { type ParsedMail as SentMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";

// Hole 1 of issue 12: a service-order number in the subject is not proof of anything.
let h: Harness;
let w: World;
let token: string;
let capture: SMTPServer;
const sent: SentMail[] = [];

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "spoof");
  capture = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (m) => {
          sent.push(m);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => capture.listen(0, "127.0.0.1", () => resolve()));
  const address = capture.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@spoof.test", smtp: { url: `smtp://127.0.0.1:${port}` } },
  });
  expect(r.status).toBe(201);
  token = r.body.inboundToken;
});
afterAll(async () => {
  await new Promise<void>((resolve) => (capture ? capture.close(() => resolve()) : resolve()));
  await h?.close();
});

let seq = 0;
function inbound(from: string, subject: string, body: string, headers: Record<string, string> = {}) {
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  const raw =
    `From: ${from}\r\nTo: service@spoof.test\r\nSubject: ${subject}\r\n` +
    `Message-ID: <spoof-${++seq}@sender.example>\r\n${extra.join("")}` +
    `Content-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
  return h.call("POST", "/api/v1/channels/email/inbound", {
    token,
    headers: { "content-type": "message/rfc822" },
    raw,
  });
}

// Alice's repair, waiting on her answer.
async function alicesTicketPendingCustomer() {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: { customerId: w.alice.id, subject: "Washer does not spin", description: "No spin", type: "repair" },
  });
  expect(t.status).toBe(201);
  const number = t.body.number as string;
  for (const action of ["start", "pend_customer"]) {
    const r = await h.call("POST", `/api/v1/tickets/${number}/transitions`, {
      token: w.agent.token,
      body: { action },
    });
    expect(r.status).toBe(200);
  }
  return number;
}

const ticket = async (ref: string) =>
  (await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token })).body;
const messages = async (ref: string) =>
  (await h.call("GET", `/api/v1/tickets/${ref}/messages`, { token: w.agent.token })).body.items as {
    body: string;
    visibility: string;
  }[];

describe("mail naming a ticket is threaded only for people on that ticket", () => {
  it("a stranger's mail naming another customer's ticket opens its own ticket and leaves that one alone", async () => {
    const number = await alicesTicketPendingCustomer();
    const before = await messages(number);
    const r = await inbound(
      "Mallory <mallory@evil.example>",
      `Re: [${number}] New refund account`,
      "New refund account: 6222 0000 1111 2222, please pay there.",
    );
    expect(r.status).toBe(202);
    expect(r.body.created).toBe(true);
    expect(r.body.ticketNumber).not.toBe(number);

    const named = await ticket(number);
    expect(named.status).toBe("pending_customer");
    const after = await messages(number);
    expect(after).toHaveLength(before.length);
    expect(after.some((m) => m.body.includes("refund account"))).toBe(false);
    // Alice, signed in, does not see it either.
    const asAlice = await h.call("GET", `/api/v1/tickets/${number}/messages`, { token: w.aliceUser.token });
    expect(JSON.stringify(asAlice.body)).not.toContain("refund account");

    // The mail is on the sender's own new ticket, with a note telling agents what happened.
    const own = await ticket(r.body.ticketNumber);
    expect(own.customerId).not.toBe(w.alice.id);
    const ownMessages = await messages(r.body.ticketNumber);
    expect(ownMessages.find((m) => m.visibility === "public")?.body).toContain("refund account");
    const note = ownMessages.find((m) => m.visibility === "internal");
    expect(note?.body).toContain(number);
    expect(note?.body).toContain("mallory@evil.example");
  });

  it("a mail from the customer's own address threads, whatever the display name or case", async () => {
    const number = await alicesTicketPendingCustomer();
    const r = await inbound(
      `"Someone Else" <${w.alice.email.toUpperCase()}>`,
      `Re: [${number}] Washer does not spin`,
      "Here is the photo you asked for.",
    );
    expect(r.body).toMatchObject({ created: false, ticketNumber: number });
    expect((await ticket(number)).status).toBe("in_progress");
    expect((await messages(number)).some((m) => m.body.includes("photo you asked for"))).toBe(true);
  });

  it("a reply quoting our own Message-ID threads, even from an address we have not seen", async () => {
    const number = await alicesTicketPendingCustomer();
    const reply = await h.call("POST", `/api/v1/tickets/${number}/messages`, {
      token: w.agent.token,
      body: { body: "Could your husband send the serial number?", visibility: "public" },
    });
    expect(reply.status).toBe(201);
    while (await h.jobs.tick()) {}
    const ours = sent.find((m) => m.text?.includes("send the serial number"));
    expect(ours?.messageId).toBeTruthy();
    const r = await inbound("Husband <husband@family.example>", "Re: your mail", "Serial is SN-1234.", {
      "In-Reply-To": ours?.messageId ?? "",
    });
    expect(r.body).toMatchObject({ created: false, ticketNumber: number });
    expect((await messages(number)).some((m) => m.body.includes("Serial is SN-1234"))).toBe(true);
  });

  it("a made-up In-Reply-To does not help a stranger", async () => {
    const number = await alicesTicketPendingCustomer();
    const r = await inbound("mallory@evil.example", `[${number}] hello`, "Change of address.", {
      "In-Reply-To": `<out_guess@spoof.test>`,
    });
    expect(r.body.created).toBe(true);
    expect((await ticket(number)).status).toBe("pending_customer");
  });
});
