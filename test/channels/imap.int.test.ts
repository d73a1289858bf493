import { and, eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imapSyncState } from "../../src/server/modules/channels/channels.tables.js";
import { mailboxes, pollMailbox } from "../../src/server/modules/channels/index.js";
import { worldPerFile } from "../fixtures.js";
import { requireService } from "../require-service.js";
import { type Dovecot, dovecotAvailable, startDovecot } from "./dovecot.js";

const withDovecot = requireService("Dovecot", dovecotAvailable(), "needs dovecot-imapd and root");
const { h, w } = worldPerFile("im");
let dovecot: Dovecot;
let mailboxId = "";

beforeAll(async () => {
  dovecot = await startDovecot();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: {
      name: "Service",
      address: "service@imap.test",
      imap: { host: "127.0.0.1", port: dovecot.port, secure: false, user: dovecot.user, pass: dovecot.pass },
    },
  });
  expect(r.status).toBe(201);
  mailboxId = r.body.id;
});
afterAll(async () => dovecot?.stop());

async function imap<T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> {
  const c = new ImapFlow({
    host: "127.0.0.1",
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: dovecot.user, pass: dovecot.pass },
    logger: false,
  });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.logout();
  }
}

const deliver = (id: string, subject: string) =>
  imap((c) =>
    c.append(
      "INBOX",
      `From: Alice <${w.alice.email}>\r\nTo: service@imap.test\r\nSubject: ${subject}\r\nMessage-ID: <${id}@mail.example.com>\r\nDate: Mon, 23 Nov 2026 08:00:00 +0800\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${subject} — details\r\n`,
    ),
  );

const poll = async () => {
  const [box] = await h.services.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
  if (!box) throw new Error("mailbox missing");
  return pollMailbox(h.services, box);
};

const emailTickets = async () => {
  const r = await h.call("GET", `/api/v1/tickets?customerId=${w.alice.id}&channel=email`, {
    token: w.admin.token,
  });
  return (r.body.items as { subject: string }[]).map((t) => t.subject).sort();
};

describe.runIf(withDovecot)("IMAP polling against Dovecot", () => {
  it("opens tickets from new mail, marks it \\Seen, and never duplicates on re-reads or a UIDVALIDITY change", async () => {
    await deliver("imap-1", "Oven door broken");
    await deliver("imap-2", "Hob does not ignite");
    expect(await poll()).toEqual({ fetched: 2, created: 2, duplicates: 0 });
    const flags = await imap(async (c) => {
      await c.mailboxOpen("INBOX");
      const out: string[][] = [];
      for await (const m of c.fetch("1:*", { flags: true })) out.push([...(m.flags ?? [])]);
      return out;
    });
    expect(flags.every((f) => f.includes("\\Seen"))).toBe(true);

    // Nothing new: nothing read. One new mail: only that one.
    expect(await poll()).toEqual({ fetched: 0, created: 0, duplicates: 0 });
    await deliver("imap-3", "Fridge light flickers");
    expect(await poll()).toEqual({ fetched: 1, created: 1, duplicates: 0 });

    // As after a restart that lost its place, or a server that renumbered its UIDs.
    await h.services.db
      .update(imapSyncState)
      .set({ uidValidity: "1" })
      .where(and(eq(imapSyncState.tenantId, w.tenantId), eq(imapSyncState.mailboxId, mailboxId)));
    expect(await poll()).toEqual({ fetched: 3, created: 0, duplicates: 3 });
    expect(await emailTickets()).toEqual([
      "Fridge light flickers",
      "Hob does not ignite",
      "Oven door broken",
    ]);
  });

  it("a wrong password fails the poll without touching the state", async () => {
    const [box] = await h.services.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
    if (!box?.imap) throw new Error("mailbox missing");
    await expect(pollMailbox(h.services, { ...box, imap: { ...box.imap, pass: "wrong" } })).rejects.toThrow();
    const [state] = await h.services.db
      .select()
      .from(imapSyncState)
      .where(and(eq(imapSyncState.tenantId, w.tenantId), eq(imapSyncState.mailboxId, mailboxId)));
    expect(state?.lastUid).toBe(3);
  });
});
