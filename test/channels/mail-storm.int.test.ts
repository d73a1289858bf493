import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Many mails at once: each new request gets its own service-order number (taken before the mail's
// transaction, batched with the others), and a reply in a known thread takes none.
const { h, w } = worldPerFile("storm");
let token: string;
let seq = 0;

beforeAll(async () => {
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@storm.test" },
  });
  expect(r.status).toBe(201);
  token = r.body.inboundToken;
});

function inbound(from: string, subject: string, headers: Record<string, string> = {}) {
  const id = `<storm-${++seq}@sender.example>`;
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  const raw =
    `From: ${from}\r\nTo: service@storm.test\r\nSubject: ${subject}\r\nMessage-ID: ${id}\r\n${extra.join("")}` +
    "Content-Type: text/plain; charset=utf-8\r\n\r\n洗衣机不排水\r\n";
  return {
    id,
    sent: h.call("POST", "/api/v1/channels/email/inbound", {
      token,
      headers: { "content-type": "message/rfc822" },
      raw,
    }),
  };
}

const serial = (number: string) => Number(number.slice(-6));

describe("a storm of mails", () => {
  it("numbers every new request once, without gaps, and a reply takes no number", async () => {
    const first = inbound(w.alice.email, "Washer 1");
    const r1 = await first.sent;
    expect(r1.status).toBe(202);
    expect(r1.body.created).toBe(true);

    const storm = Array.from({ length: 12 }, (_, i) => inbound(w.alice.email, `Washer storm ${i}`));
    // A reply in the first mail's thread arrives in the middle of the storm.
    const reply = inbound(w.alice.email, "Re: Washer 1", { "In-Reply-To": first.id });
    const results = await Promise.all([...storm.map((m) => m.sent), reply.sent]);
    for (const r of results) expect(r.status).toBe(202);

    const replied = results.at(-1);
    expect(replied?.body.created).toBe(false);
    expect(replied?.body.ticketNumber).toBe(r1.body.ticketNumber);

    const numbers = results.slice(0, -1).map((r) => r.body.ticketNumber as string);
    expect(results.slice(0, -1).every((r) => r.body.created === true)).toBe(true);
    expect(new Set(numbers).size).toBe(12);
    // The twelve new requests follow the first one with no number skipped or repeated.
    const sorted = numbers.map(serial).sort((a, b) => a - b);
    const start = serial(r1.body.ticketNumber as string) + 1;
    expect(sorted).toEqual(Array.from({ length: 12 }, (_, i) => start + i));

    // The next new request continues the sequence: the reply took no number.
    const next = await inbound(w.alice.email, "Fridge").sent;
    expect(serial(next.body.ticketNumber as string)).toBe(start + 12);
  });
});
