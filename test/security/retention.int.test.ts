import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MODULES } from "../../src/server/modules.js";
import { jobSchedules } from "../../src/server/platform/jobs/jobs.tables.js";
import { seal, verify } from "../audit/audit-helpers.js";
import { worldPerFile } from "../fixtures.js";

// Retention rules per tenant, applied by the daily schedule on the test's clock: attachments of
// tickets closed longer than their rule go first, the personal data of the ticket later; open
// tickets and recent ones are untouched; the audit log still verifies.
const { h, worlds } = worldPerFile("rt", "rt2");
const [w, other] = worlds;
const MONTH = 31 * 86_400_000;

const PNG = new Uint8Array(
  Buffer.from(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc0000003010100c9fe92ef0000000049454e44ae426082",
    "hex",
  ),
);

async function closedTicket(world: typeof w, text: string) {
  const form = new FormData();
  form.append("file", new File([PNG], "photo.png", { type: "image/png" }));
  const up = await h.call("POST", "/api/v1/attachments", { token: world.aliceUser.token, raw: form });
  expect(up.status).toBe(201);
  const t = await h.call("POST", "/api/v1/tickets", {
    token: world.aliceUser.token,
    body: { subject: "Old repair", description: text, type: "repair", attachmentIds: [up.body.id] },
  });
  expect(t.status).toBe(201);
  await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
    token: world.aliceUser.token,
    body: { body: `${text} (follow-up)`, visibility: "public" },
  });
  for (const [action, token] of [
    ["start", world.agent.token],
    ["resolve", world.agent.token],
    ["confirm", world.aliceUser.token],
  ] as const) {
    const r = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, { token, body: { action } });
    expect(r.status, action).toBe(200);
  }
  return { id: t.body.id as string, number: t.body.number as string, attachmentId: up.body.id as string };
}

async function runDailySchedule() {
  await h.jobs.tick(); // stores the schedules
  await h.services.db
    .update(jobSchedules)
    .set({ nextRunAt: sql`now() - interval '1 second'` })
    .where(eq(jobSchedules.name, "privacy.retention"));
  while (await h.jobs.tick()) {}
  await h.jobs.tick();
}

// Sessions last 30 days and the clock moves months: sign in again for each look.
const admin = (world = w) => h.login(world.admin.email);
const ticket = async (ref: string, world = w) =>
  h.call("GET", `/api/v1/tickets/${ref}`, { token: await admin(world) });
const file = async (id: string, world = w) =>
  h.call("GET", `/api/v1/attachments/${id}`, { token: await admin(world) });
const messages = async (id: string) =>
  (await h.call("GET", `/api/v1/tickets/${id}/messages`, { token: await admin() })).body.items.map(
    (m: { body: string }) => m.body,
  );

describe("retention rules", () => {
  it("are admin settings within bounds, with translated errors", async () => {
    expect((await h.call("GET", "/api/v1/privacy/retention", { token: w.admin.token })).body).toEqual({
      closedTicketMonths: null,
      attachmentMonths: null,
    });
    const tooShort = await h.call("PUT", "/api/v1/privacy/retention", {
      token: w.admin.token,
      body: { closedTicketMonths: 2, attachmentMonths: 3 },
      lang: "zh-CN",
    });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body.error)).toContain("closedTicketMonths");
    for (const token of [w.agent.token, w.supervisor.token, w.auditor.token]) {
      const r = await h.call("PUT", "/api/v1/privacy/retention", {
        token,
        body: { closedTicketMonths: 12, attachmentMonths: 6 },
      });
      expect(r.status).toBe(403);
    }
    const ok = await h.call("PUT", "/api/v1/privacy/retention", {
      token: w.admin.token,
      body: { closedTicketMonths: 12, attachmentMonths: 6 },
    });
    expect(ok.status).toBe(200);
    expect((await h.call("GET", "/api/v1/privacy/retention", { token: w.admin.token })).body).toEqual({
      closedTicketMonths: 12,
      attachmentMonths: 6,
    });
  });

  it("runs daily: attachments go after their months, the ticket's personal data after its own", async () => {
    expect(MODULES.flatMap((m) => m.schedules ?? []).map((s) => s.spec)).toContain("17 3 * * *");
    const old = await closedTicket(w, "Leaks under the door, ring twice");
    const othersTicket = await closedTicket(other, "Other tenant, no rules");
    const open = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Still open", description: "Open and old", type: "repair" },
    });

    // Next day: nothing is old enough.
    h.clock.advance(86_400_000);
    await runDailySchedule();
    expect((await file(old.attachmentId)).status).toBe(200);

    // Seven months on: the attachment's contents are gone; the text is still there.
    h.clock.advance(7 * MONTH);
    await runDailySchedule();
    const purged = await file(old.attachmentId);
    expect(purged.status).toBe(404);
    expect(purged.body.error.code).toBe("attachment.erased");
    expect((await ticket(old.number)).body.description).toBe("Leaks under the door, ring twice");

    // Thirteen months on: what Alice wrote on the closed ticket is erased; the ticket stays closed.
    h.clock.advance(6 * MONTH);
    await runDailySchedule();
    const after = (await ticket(old.number)).body;
    expect(after).toMatchObject({ status: "closed", description: "[erased]" });
    expect(await messages(old.id)).not.toContain("Leaks under the door, ring twice (follow-up)");

    // The open ticket and the other tenant's (no rules there) are untouched.
    expect((await ticket(open.body.number)).body.description).toBe("Open and old");
    expect((await ticket(othersTicket.number, other)).body.description).toBe("Other tenant, no rules");
    expect((await file(othersTicket.attachmentId, other)).status).toBe(200);

    // Recorded, and the log still verifies.
    const log = await h.call("GET", "/api/v1/audit?limit=20", { token: await admin() });
    expect(log.body.items.map((e: { action: string }) => e.action)).toContain("retention.applied");
    await seal(h);
    expect((await verify(h, w.tenantId)).problems).toEqual([]);
  });
});
