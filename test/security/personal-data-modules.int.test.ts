import { describe, expect, it } from "vitest";
import { unitRegistrations } from "../../src/server/modules/registrations/registrations.tables.js";
import { newId } from "../../src/server/platform/ids.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";
import type { Harness } from "../harness.js";
import { type Planted, plant } from "./personal-data-plant.js";

// The modules that landed after the first personal-data export and erasure (chat and WeChat,
// surveys, unit registrations): the customer's rows come out in the export and nobody else's;
// after erasure what the customer wrote, their name, e-mail and phone are in none of those rows,
// the invoice photo is off the disk, and the other customers' rows (same tenant, another tenant)
// are exactly as they were.
const { h, worlds } = worldPerFile("pm", "other");
const [w, other] = worlds;

const NAME = "钱美玲";
const EMAIL = "meiling.qian@example.com";
const PHONE = "138 2468 1357";
const TRACES = [NAME, "meiling\\.qian", "138[-\\s.()]*2468[-\\s.()]*1357"];

// The tables these modules own, and each row's owner column.
const TABLES = [
  "chat_conversations",
  "chat_messages",
  "wechat_followers",
  "surveys",
  "survey_invitations",
  "survey_responses",
  "survey_follow_ups",
  "unit_registrations",
  "callbacks",
  "callback_attempts",
  "complaints",
  "complaint_participants",
  "rmas",
  "rma_steps",
  "visits",
  "loyalty_members",
  "loyalty_entries",
  "loyalty_vouchers",
  "voc_alerts",
];
// Tables whose rows name their customer only through a parent row.
const CHILDREN: Record<string, string> = {
  chat_messages: "select m.* from chat_messages m join chat_conversations p on p.id = m.conversation_id",
  callback_attempts: "select m.* from callback_attempts m join callbacks p on p.id = m.callback_id",
  complaint_participants:
    "select m.* from complaint_participants m join complaints p on p.id = m.complaint_id",
  rma_steps: "select m.* from rma_steps m join rmas p on p.id = m.rma_id",
};

// Rows of these tables whose text (any text or JSON column) holds one of the traces.
async function tracesIn(h: Harness, tables: string[]): Promise<string[]> {
  const columns = await h.database.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const c of columns.filter((c) => tables.includes(c.table_name))) {
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

// Every row of the modules' tables that belongs to one of these tenants' customers (or their
// conversations), as text: compared before and after the erasure.
async function rowsOf(h: Harness, customerIds: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const table of TABLES.filter((t) => t !== "surveys" && t !== "voc_alerts")) {
    const query = CHILDREN[table]
      ? `${CHILDREN[table]} where p.customer_id = any($1) order by m.id`
      : `select * from "${table}" where customer_id = any($1) order by 1`;
    const rows = await h.database.query<Record<string, unknown>>(query, [customerIds]);
    out.push(...rows.map((r) => `${table} ${JSON.stringify(r)}`));
  }
  // A crisis alert names its source (here: a survey answer of theirs).
  const alerts = await h.database.query<Record<string, unknown>>(
    `select a.* from voc_alerts a join survey_responses r on a.source_key = 'survey:' || r.id
      where r.customer_id = any($1) order by a.id`,
    [customerIds],
  );
  out.push(...alerts.map((r) => `voc_alerts ${JSON.stringify(r)}`));
  return out;
}

let qian = { id: "", name: NAME, email: EMAIL, phone: PHONE };
let mine: Planted;
let othersBefore: string[] = [];
let bobsInvoice = "";
const othersIds = () => [w.bob.id, other.alice.id];

describe("personal data in chat, WeChat, surveys and registrations", () => {
  it("exports the customer's rows and nobody else's", async () => {
    const c = await w.post("/api/v1/customers", { name: NAME, kind: "person", email: EMAIL, phone: PHONE });
    qian = { id: c.id, name: NAME, email: EMAIL, phone: PHONE };
    await w.post("/api/v1/users", {
      email: "qian.portal@example.com",
      name: NAME,
      role: "customer",
      password: PASSWORD,
      customerId: c.id,
    });
    mine = await plant(h, w.tenantId, qian, "qian");
    bobsInvoice = (await plant(h, w.tenantId, { ...w.bob, phone: "137 0000 1111" }, "bob")).invoiceKey;
    // She also sent a photo with the same bytes as Bob's invoice: one file in the store, his.
    await h.services.db.insert(unitRegistrations).values({
      id: newId("urg"),
      tenantId: w.tenantId,
      customerId: qian.id,
      serial: "SN-REG-qian-2",
      productId: "prd_x",
      purchasedAt: "2026-01-03",
      status: "rejected",
      invoiceName: "scan.jpg",
      invoiceType: "image/jpeg",
      invoiceSize: 20,
      invoiceKey: bobsInvoice,
    });
    await plant(h, other.tenantId, { ...other.alice, phone: "136 0000 2222" }, "alice2");
    othersBefore = await rowsOf(h, othersIds());
    expect(othersBefore.length).toBeGreaterThan(10);

    const r = await h.call("GET", `/api/v1/customers/${qian.id}/personal-data`, { token: w.admin.token });
    expect(r.status).toBe(200);
    const data = r.body;
    expect(data.chats).toHaveLength(1);
    expect(data.chats[0].messages.map((m: { text: string }) => m.text)).toContain(mine.chatText);
    expect(data.wechat).toEqual([expect.objectContaining({ openId: `o-qian-${qian.id}`, boundBy: "code" })]);
    expect(data.surveyInvitations).toHaveLength(1);
    expect(data.surveyResponses).toHaveLength(1);
    expect(data.surveyResponses[0].answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ question: "Why?", answer: mine.comment }),
        expect.objectContaining({ questionId: "nps", answer: 2 }),
      ]),
    );
    expect(data.surveyFollowUps).toEqual([expect.objectContaining({ score: 2, comment: mine.comment })]);
    expect(data.registrations).toHaveLength(2);
    expect(data.registrations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          serial: "SN-REG-qian",
          invoiceName: `${NAME}-invoice.jpg`,
          invoiceStored: true,
        }),
        expect.objectContaining({ serial: "SN-REG-qian-2", invoiceName: "scan.jpg" }),
      ]),
    );
    expect(data.callbacks).toEqual([
      expect.objectContaining({
        score: 4,
        note: `Called ${NAME} on ${PHONE} (qian)`,
        calls: [expect.objectContaining({ outcome: "busy" })],
      }),
    ]);
    expect(data.complaints).toEqual([
      expect.objectContaining({
        ticketNumber: "SO-C-qian",
        reopenReason: mine.reopenReason,
        participants: [expect.objectContaining({ department: "rnd" })],
      }),
    ]);
    expect(data.rmas).toEqual([
      expect.objectContaining({
        number: "RMA-qian",
        steps: [expect.objectContaining({ action: "follow_up", outcome: "reached" })],
      }),
    ]);
    expect(data.visits).toEqual([
      expect.objectContaining({ kind: "repair", status: "done", address: mine.address, rating: 5 }),
    ]);
    expect(data.loyalty.member).toMatchObject({ referralCode: "REF-qian", birthday: "04-01" });
    expect(data.loyalty.entries.map((e: { points: number }) => e.points)).toEqual([120, -100]);
    expect(data.loyalty.vouchers).toEqual([expect.objectContaining({ code: "V-qian", value: 50 })]);
    const text = JSON.stringify(data);
    for (const tag of ["bob:", "alice2", "SN-REG-bob", w.bob.id, other.alice.id])
      expect(text).not.toContain(tag);
  });

  it("erases what the customer wrote and who they are, keeps scores, leaves others' rows alone", async () => {
    expect(await h.services.files.get(mine.invoiceKey)).toBeTruthy();
    expect((await tracesIn(h, TABLES)).length).toBeGreaterThan(5);

    const r = await h.call("POST", `/api/v1/customers/${qian.id}/erase`, {
      token: w.admin.token,
      body: { confirm: NAME },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);

    expect(await tracesIn(h, TABLES)).toEqual([]);
    // What she wrote is gone, the numbers stay.
    const [response] = await h.database.query<{ answers: Record<string, unknown> }>(
      "select answers from survey_responses where customer_id = $1",
      [qian.id],
    );
    expect(response?.answers).toEqual({ nps: 2, why: "[erased]" });
    const [followUp] = await h.database.query<{ score: number; comment: string }>(
      "select score, comment from survey_follow_ups where customer_id = $1",
      [qian.id],
    );
    expect(followUp).toEqual({ score: 2, comment: "[erased]" });
    const texts = await h.database.query<{ author: string; text: string }>(
      `select m.author, m.text from chat_messages m join chat_conversations c on c.id = m.conversation_id
        where c.customer_id = $1 order by m.seq`,
      [qian.id],
    );
    expect(texts).toEqual([
      { author: "customer", text: "[erased]" },
      {
        author: "agent",
        text: expect.stringMatching(/^Dear erased-[0-9a-f]{8}, we will call you \(qian\)\.$/),
      },
    ]);
    const [alert] = await h.database.query<{ details: Record<string, unknown> }>(
      `select a.details from voc_alerts a join survey_responses r on a.source_key = 'survey:' || r.id
        where r.customer_id = $1`,
      [qian.id],
    );
    expect(alert?.details).toEqual({ source: "survey", score: -3, excerpt: "[erased]" });
    // Callbacks, complaints, RMAs and loyalty keep their numbers and outcomes.
    const [callback] = await h.database.query<{ score: number; note: string }>(
      "select score, note from callbacks where customer_id = $1",
      [qian.id],
    );
    expect(callback).toEqual({
      score: 4,
      note: expect.stringMatching(/^Called erased-[0-9a-f]{8} on erased-/),
    });
    const [complaint] = await h.database.query<{ severity: string; reopen_reason: string }>(
      "select severity, reopen_reason from complaints where customer_id = $1",
      [qian.id],
    );
    expect(complaint).toEqual({ severity: "major", reopen_reason: "[erased]" });
    const [points] = await h.database.query<{ n: number }>(
      "select sum(points)::int as n from loyalty_entries where customer_id = $1",
      [qian.id],
    );
    expect(points?.n).toBe(20);
    // The invoice photo is off the disk; the registration stays, without it.
    await expect(h.services.files.get(mine.invoiceKey)).rejects.toThrow();
    // The file her second registration shared with Bob's invoice stays: his row still needs it.
    expect((await h.services.files.get(bobsInvoice)).toString()).toMatch(/^invoice of bob /);
    const registrations = await h.database.query<{
      serial: string;
      invoice_key: string | null;
      invoice_name: string;
    }>(
      "select serial, invoice_key, invoice_name from unit_registrations where customer_id = $1 order by serial",
      [qian.id],
    );
    expect(registrations).toEqual([
      { serial: "SN-REG-qian", invoice_key: null, invoice_name: "[erased]" },
      { serial: "SN-REG-qian-2", invoice_key: null, invoice_name: "[erased]" },
    ]);
    // Nobody else's rows changed (Bob of the same tenant, Alice of another).
    expect(await rowsOf(h, othersIds())).toEqual(othersBefore);
  });
});
