import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seal, verify } from "../audit/audit-helpers.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";
import type { Harness } from "../harness.js";

// A customer's data export and erasure (PIPL): everything we hold comes out; after erasure the
// name, e-mail and phone are in no table, their files are off the disk, tickets remain and the
// audit log still verifies.
const { h, worlds } = worldPerFile("pd");
const [w] = worlds;

const NAME = "赵秀英";
const EMAIL = "xiuying.zhao@example.com";
const PORTAL_EMAIL = "zhao.portal@example.com";
const PHONE = "+86 139 1234 5678";
// What must be gone afterwards, as PostgreSQL regular expressions over any column's text.
const TRACES = [NAME, "xiuying\\.zhao", "zhao\\.portal", "139[-\\s.()]*1234[-\\s.()]*5678"];

const PHOTO = new Uint8Array(
  Buffer.from("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;赵秀英's kitchen", "latin1"),
);

// Every row of every table whose text (any text, JSON or array column) holds one of the traces.
async function tracesInDatabase(h: Harness): Promise<string[]> {
  const columns = await h.database.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const c of columns) {
    for (const trace of TRACES) {
      const [row] = await h.database.query<{ n: number }>(
        `select count(*)::int as n from "${c.table_name}" where "${c.column_name}"::text ~* $1`,
        [trace],
      );
      if ((row?.n ?? 0) > 0) found.push(`${c.table_name}.${c.column_name} ~ ${trace} (${row?.n})`);
    }
  }
  return found;
}

function filesHolding(dir: string, needle: Buffer): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (readFileSync(p).includes(needle)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

let customerId = "";
let ticketNumber = "";
let attachmentId = "";
let mailbox = "";

async function zhaoWithHistory() {
  const customer = await w.post("/api/v1/customers", {
    name: NAME,
    kind: "person",
    email: EMAIL,
    phone: PHONE,
  });
  customerId = customer.id;
  await w.post("/api/v1/units", {
    serial: `SN-ZHAO-${customerId.slice(-6)}`,
    productSku: w.washer.sku,
    customerId,
    purchasedAt: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  });
  await w.post("/api/v1/users", {
    email: PORTAL_EMAIL,
    name: NAME,
    role: "customer",
    password: PASSWORD,
    customerId,
  });
  const portal = await h.login(PORTAL_EMAIL, PASSWORD);
  const form = new FormData();
  form.append("file", new File([PHOTO], `${NAME}-kitchen.gif`, { type: "image/gif" }));
  const up = await h.call("POST", "/api/v1/attachments", { token: portal, raw: form });
  expect(up.status).toBe(201);
  attachmentId = up.body.id;
  const t = await h.call("POST", "/api/v1/tickets", {
    token: portal,
    body: {
      subject: `Washer leaks — ${NAME}`,
      description: `Call me on 139-1234-5678 or write to ${EMAIL}. My flat is on the 3rd floor.`,
      type: "repair",
      attachmentIds: [attachmentId],
    },
  });
  expect(t.status).toBe(201);
  ticketNumber = t.body.number;
  const ok = (r: { status: number; body: unknown }) => {
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  };
  ok(
    await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
      token: portal,
      body: { body: "The water is under the machine, please hurry.", visibility: "public" },
    }),
  );
  ok(
    await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
      token: w.agent.token,
      body: { body: `Dear ${NAME}, our engineer will call 13912345678 tomorrow.`, visibility: "public" },
    }),
  );
  const call = await h.call("POST", "/api/v1/calls", {
    token: w.agent.token,
    body: {
      direction: "inbound",
      number: "139 1234 5678",
      durationSeconds: 60,
      summary: `${NAME} asked about the visit`,
      customerId,
      ticketRef: t.body.number,
    },
  });
  ok(call);
  // Another owner offers her a unit: the offer holds her address until she accepts.
  ok(
    await h.call("POST", `/api/v1/units/${w.aliceUnit.serial}/transfer`, {
      token: w.aliceUser.token,
      body: { email: EMAIL },
    }),
  );
  // A mail from her address, kept raw on disk.
  const mb = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@pd.test" },
  });
  ok(mb);
  mailbox = mb.body.inboundToken;
  const raw =
    `From: ${NAME} <${EMAIL}>\r\nTo: service@pd.test\r\nSubject: Dryer too\r\n` +
    `Message-ID: <zhao-1@mail.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` +
    `Also the dryer. ${NAME}, 139 1234 5678\r\n`;
  const mail = await h.call("POST", "/api/v1/channels/email/inbound", {
    token: mailbox,
    headers: { "content-type": "message/rfc822" },
    raw,
  });
  expect(mail.status).toBe(202);
  while (await h.jobs.tick()) {}
  await seal(h);
}

describe("personal data", () => {
  it("exports everything held about a customer, for admins only", async () => {
    await zhaoWithHistory();
    const r = await h.call("GET", `/api/v1/customers/${customerId}/personal-data`, { token: w.admin.token });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="personal-data-/);
    const data = r.body;
    expect(data.format).toBe("aftercare.personal-data/1");
    expect(data.customer).toMatchObject({ name: NAME, email: EMAIL, phone: PHONE });
    expect(data.accounts.map((a: { email: string }) => a.email)).toEqual([PORTAL_EMAIL]);
    expect(data.units).toHaveLength(1);
    expect(data.tickets.map((t: { number: string }) => t.number)).toContain(ticketNumber);
    expect(data.messages.map((m: { body: string }) => m.body)).toContain(
      "The water is under the machine, please hurry.",
    );
    expect(data.attachments).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: attachmentId, size: PHOTO.byteLength })]),
    );
    expect(data.calls).toHaveLength(1);
    expect(data.emails.length).toBeGreaterThan(0);
    expect(data.audit.map((e: { action: string }) => e.action)).toContain("customer.created");
    // Another customer's data is not in it.
    expect(JSON.stringify(data)).not.toContain(w.bob.email);

    for (const token of [w.agent.token, w.supervisor.token, w.auditor.token, w.aliceUser.token]) {
      const denied = await h.call("GET", `/api/v1/customers/${customerId}/personal-data`, { token });
      expect(denied.status).toBe(403);
    }
  });

  it("refuses an erasure unless the admin types the customer's name", async () => {
    const r = await h.call("POST", `/api/v1/customers/${customerId}/erase`, {
      token: w.admin.token,
      body: { confirm: "someone" },
      lang: "zh-CN",
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("privacy.confirm_mismatch");
    expect(r.body.error.message).toContain("确认");
    // Before: she is in many tables (so the search below, finding nothing, means something).
    const tables = new Set((await tracesInDatabase(h)).map((t) => t.split(".")[0]));
    for (const table of [
      "customers",
      "users",
      "tickets",
      "ticket_messages",
      "attachments",
      "email_messages",
      "outbound_messages",
      "phone_calls",
      "unit_transfer_offers",
      "notifications",
      "audit_log",
    ])
      expect(tables, table).toContain(table);
  });

  it("erases the customer from every table and file, keeps the tickets and the audit proofs", async () => {
    const bobBefore = (await h.call("GET", `/api/v1/customers/${w.bob.id}`, { token: w.admin.token })).body;
    const r = await h.call("POST", `/api/v1/customers/${customerId}/erase`, {
      token: w.admin.token,
      body: { confirm: NAME },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: customerId, email: null, phone: null });
    expect(r.body.name).toMatch(/^erased-[0-9a-f]{8}$/);
    expect(r.body.erasedAt).toEqual(expect.any(String));

    expect(await tracesInDatabase(h)).toEqual([]);
    const dataDir = h.services.config.dataDir;
    expect(filesHolding(dataDir, Buffer.from("kitchen"))).toEqual([]);
    expect(filesHolding(dataDir, Buffer.from("Also the dryer"))).toEqual([]);

    // The ticket remains, with its number and status, and what she wrote is gone.
    const t = await h.call("GET", `/api/v1/tickets/${ticketNumber}`, { token: w.admin.token });
    expect(t.status).toBe(200);
    expect(t.body.description).toBe("[erased]");
    expect(t.body.status).toEqual(expect.any(String));
    const file = await h.call("GET", `/api/v1/attachments/${attachmentId}`, { token: w.admin.token });
    expect(file.status).toBe(404);
    expect(file.body.error.code).toBe("attachment.erased");

    // She can no longer sign in; Bob is untouched.
    const login = await h.call("POST", "/api/v1/auth/login", {
      body: { email: PORTAL_EMAIL, password: PASSWORD },
    });
    expect(login.status).toBe(401);
    expect((await h.call("GET", `/api/v1/customers/${w.bob.id}`, { token: w.admin.token })).body).toEqual(
      bobBefore,
    );

    // The audit log records the erasure and still verifies, before and after the next seal.
    expect((await verify(h, w.tenantId)).ok).toBe(true);
    await seal(h);
    const v = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
    expect(v.body).toMatchObject({ ok: true, problems: [] });
    const log = await h.call("GET", "/api/v1/audit?limit=5", { token: w.admin.token });
    const erased = log.body.items.find((e: { action: string }) => e.action === "customer.erased");
    expect(erased).toMatchObject({ entityId: customerId });
    expect(JSON.stringify(erased.data)).not.toMatch(/赵|zhao|139/i);
  });

  it("answers a second erasure and an unknown customer with translated errors", async () => {
    const again = await h.call("POST", `/api/v1/customers/${customerId}/erase`, {
      token: w.admin.token,
      body: { confirm: "x" },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("privacy.already_erased");
    const missing = await h.call("POST", "/api/v1/customers/cus_missing/erase", {
      token: w.admin.token,
      body: { confirm: "x" },
    });
    expect(missing.status).toBe(404);
  });
});
