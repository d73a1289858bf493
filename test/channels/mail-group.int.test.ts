import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "../../src/server/modules/channels/index.js";
import { auditLog } from "../../src/server/platform/audit/audit.tables.js";
import { worldPerFile } from "../fixtures.js";

// Mails that arrive together are written together (one transaction for a group): each is still
// answered as if it had come alone, and a mail that fails inside a group fails alone.
const { h, w } = worldPerFile("group");
let token: string;
let seq = 0;
const BROKEN = "this attachment cannot be stored";
const FIRST = "<group-first@sender.example>";

beforeAll(async () => {
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@group.test" },
  });
  expect(r.status).toBe(201);
  token = r.body.inboundToken;
  const cals = await h.call("GET", "/api/v1/calendars", { token: w.admin.token });
  const allDay = cals.body.items.find((c: { name: string }) => c.name === "24×7").id;
  await w.post("/api/v1/sla-policies", {
    name: "mail requests",
    calendarId: allDay,
    match: { type: "support" },
    targets: { firstResponseMinutes: 60, resolutionMinutes: 600 },
    warnAtPercent: 80,
  });
});

type Mail = { from: string; subject: string; id?: string; headers?: Record<string, string>; file?: string };

function rawMail({ from, subject, id, headers = {}, file }: Mail) {
  const head =
    `From: ${from}\r\nTo: service@group.test\r\nSubject: ${subject}\r\nMessage-ID: ${id}\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("");
  const text = `${subject}: 洗衣机不排水\r\n`;
  if (!file) return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${text}`;
  return (
    `${head}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n` +
    `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}` +
    `--b1\r\nContent-Type: text/plain; name="note.txt"\r\nContent-Disposition: attachment; filename="note.txt"\r\n` +
    `Content-Transfer-Encoding: base64\r\n\r\n${Buffer.from(file).toString("base64")}\r\n--b1--\r\n`
  );
}

function send(mail: Mail) {
  const id = mail.id ?? `<group-${++seq}@sender.example>`;
  return h.call("POST", "/api/v1/channels/email/inbound", {
    token,
    headers: { "content-type": "message/rfc822" },
    raw: rawMail({ ...mail, id }),
  });
}

const get = (path: string) => h.call("GET", path, { token: w.admin.token });

describe("mails that arrive together", () => {
  it("answers each as if it came alone", async () => {
    const first = await send({ from: w.alice.email, subject: "Washer", id: FIRST });
    expect(first.status).toBe(202);

    const stranger = "new.customer@elsewhere.example";
    const twice = "<group-twice@sender.example>";
    const [fresh, strangers, replies, copies, [autoReply, empty, attached]] = await Promise.all([
      Promise.all(
        Array.from({ length: 10 }, (_, i) => send({ from: w.alice.email, subject: `Fridge ${i}` })),
      ),
      Promise.all([0, 1].map((i) => send({ from: stranger, subject: `Dryer ${i}` }))),
      Promise.all(
        [0, 1].map((i) =>
          send({ from: w.alice.email, subject: `Re: Washer ${i}`, headers: { "In-Reply-To": FIRST } }),
        ),
      ),
      Promise.all([0, 1].map(() => send({ from: w.bob.email, subject: "Oven", id: twice }))),
      Promise.all([
        send({ from: w.bob.email, subject: "Out of office", headers: { "Auto-Submitted": "auto-replied" } }),
        h.call("POST", "/api/v1/channels/email/inbound", {
          token,
          headers: { "content-type": "message/rfc822" },
          raw: "",
        }),
        send({ from: w.bob.email, subject: "Manual", file: "the manual, page 12" }),
      ]),
    ]);

    // New requests: each its own ticket with its message, history in order, audit and SLA targets.
    const opened = [...fresh, ...strangers, attached];
    for (const r of opened) {
      expect(r.status).toBe(202);
      expect(r.body.created).toBe(true);
    }
    expect(new Set(opened.map((r) => r.body.ticketNumber)).size).toBe(opened.length);
    for (const r of opened) {
      const messages = await get(`/api/v1/tickets/${r.body.ticketId}/messages`);
      expect(messages.body.items.map((m: { id: string }) => m.id)).toEqual([r.body.messageId]);
      const events = await get(`/api/v1/tickets/${r.body.ticketId}/events`);
      const types = events.body.items.map((e: { type: string }) => e.type);
      expect(types.slice(0, 2)).toEqual(["created", "message_added"]);
      const sla = await get(`/api/v1/tickets/${r.body.ticketId}/sla`);
      expect(sla.body.targets.length).toBeGreaterThan(0);
    }
    const audited = await h.services.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, w.tenantId),
          inArray(
            auditLog.entityId,
            opened.map((r) => r.body.ticketId as string),
          ),
        ),
      );
    for (const r of opened)
      expect(
        audited
          .filter((a) => a.entityId === r.body.ticketId)
          .map((a) => a.action)
          .sort(),
      ).toEqual(["ticket.created", "ticket.message_added"]);
    const withFile = await get(`/api/v1/tickets/${attached.body.ticketId}/messages`);
    expect(withFile.body.items[0].attachments).toHaveLength(1);

    // An unknown sender becomes a customer.
    const ticket = await get(`/api/v1/tickets/${strangers[0]?.body.ticketId}`);
    const customer = await get(`/api/v1/customers/${ticket.body.customerId}`);
    expect(customer.body.email).toBe(stranger);

    // Replies go into the first ticket and open nothing.
    for (const r of replies) {
      expect(r.status).toBe(202);
      expect(r.body).toMatchObject({ created: false, ticketNumber: first.body.ticketNumber });
    }
    const thread = await get(`/api/v1/tickets/${first.body.ticketId}/messages`);
    expect(thread.body.items).toHaveLength(3);

    // The same Message-ID twice: one ticket, the other copy answered as a duplicate of it.
    expect(copies.map((r) => r.status)).toEqual([202, 202]);
    expect(copies.filter((r) => r.body.duplicate === true)).toHaveLength(1);
    expect(copies[0]?.body.ticketId).toBeTruthy();
    expect(copies[1]?.body.ticketId).toBe(copies[0]?.body.ticketId);

    expect(autoReply.status).toBe(202);
    expect(autoReply.body).toMatchObject({ ignored: "auto_reply", created: false, ticketId: null });
    expect(empty.status).toBe(400);
  });

  it("fails a mail that cannot be written alone, without losing the mails written with it", async () => {
    // The store refuses one attachment: that mail's write fails inside whatever group it is in.
    const files = h.services.files;
    const put = files.put.bind(files);
    files.put = async (tenantId, bytes) => {
      if (Buffer.from(bytes).toString("utf8") === BROKEN) throw new Error("storage unavailable");
      return put(tenantId, bytes);
    };
    const broken = "<group-broken@sender.example>";
    let failed: Awaited<ReturnType<typeof send>> | undefined;
    let others: Awaited<ReturnType<typeof send>>[] = [];
    try {
      [failed, ...others] = await Promise.all([
        send({ from: w.bob.email, subject: "Photos", id: broken, file: BROKEN }),
        ...Array.from({ length: 6 }, (_, i) => send({ from: w.bob.email, subject: `Hood ${i}` })),
      ]);
    } finally {
      files.put = put;
    }
    expect(failed?.status).toBe(500);
    for (const r of others) {
      expect(r.status).toBe(202);
      expect(r.body.created).toBe(true);
      const messages = await get(`/api/v1/tickets/${r.body.ticketId}/messages`);
      expect(messages.body.items).toHaveLength(1);
    }
    // It left nothing behind: sent again, it opens its ticket.
    const [kept] = await h.services.db
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.tenantId, w.tenantId), eq(emailMessages.messageId, broken)));
    expect(kept).toBeUndefined();
    const again = await send({ from: w.bob.email, subject: "Photos", id: broken, file: "stored now" });
    expect(again.status).toBe(202);
    expect(again.body.created).toBe(true);
  });
});
