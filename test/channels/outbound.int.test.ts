import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { outboundMessages } from "../../src/server/modules/channels/index.js";
import { jobs } from "../../src/server/platform/jobs/jobs.tables.js";
import { defineJob, enqueue } from "../../src/server/platform/jobs/queue.js";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";
import { type LocalSmtp, startLocalSmtp } from "./local-smtp.js";

// Customer notices are sent after their transaction commits: a slow mail server slows only the
// notice, and a retry sends the same message (same Message-ID) rather than a new one.
let h: Harness;
let w: World;
let smtp: LocalSmtp;

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "ob");
  smtp = await startLocalSmtp();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@outbound.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => {
  await smtp?.close();
  await h?.close();
});

async function runJobs() {
  while (await h.jobs.tick()) {}
}

async function openTicket(subject: string) {
  const r = await h.call("POST", "/api/v1/tickets", {
    token: w.aliceUser.token,
    body: { subject, description: "Details", type: "repair" },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; number: string };
}

const mailsFor = (number: string) => smtp.received.filter((m) => m.subject?.includes(number));

describe("customer notices are sent after commit", () => {
  it("while the mail server stalls, other requests are answered (PGlite has one connection)", async () => {
    let otherJobRan = false;
    const other = defineJob({
      kind: "test.other_work",
      payload: z.object({}),
      async handle() {
        otherJobRan = true;
      },
    });
    h.jobs.register(other);
    const t = await openTicket("Fridge humming");
    await h.services.db.transaction((tx) => enqueue(tx, other, {}));
    const stall = smtp.stall();
    const running = runJobs();
    await stall.connected;
    // Other jobs go on too (an SLA timer must not wait for a mail server).
    await vi.waitFor(() => expect(otherJobRan).toBe(true), { timeout: 8000 });
    // The notice job is now waiting for the SMTP greeting. Before the fix it held a transaction
    // here, and on PGlite every request below waited behind it.
    const list = await h.call("GET", "/api/v1/tickets", { token: w.supervisor.token });
    expect(list.status).toBe(200);
    const one = await h.call("GET", `/api/v1/tickets/${t.id}`, { token: w.aliceUser.token });
    expect(one.status).toBe(200);
    const reply = await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.supervisor.token,
      body: { body: "We are on it.", visibility: "internal" },
    });
    expect(reply.status).toBe(201);
    // Answered while the send was still waiting, not after it gave up.
    expect(stall.released()).toBe(false);
    expect(mailsFor(t.number)).toHaveLength(0);
    const queued = await h.services.db
      .select({ status: outboundMessages.status })
      .from(outboundMessages)
      .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, t.id)));
    expect(queued).toEqual([{ status: "queued" }]);
    stall.release();
    await running;
    expect(mailsFor(t.number)).toHaveLength(1);
    const sent = await h.services.db
      .select({ status: outboundMessages.status })
      .from(outboundMessages)
      .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, t.id)));
    expect(sent).toEqual([{ status: "sent" }]);
  });

  it("a refused send is retried with the same Message-ID, and recorded once", async () => {
    smtp.refuseNext();
    const t = await openTicket("Oven light out");
    await runJobs();
    expect(mailsFor(t.number)).toHaveLength(0);
    const firstId = smtp.offered.at(-1);
    expect(firstId).toMatch(/^<out_/);
    await h.database.query(
      "update jobs set run_at = now() where status = 'queued' and kind = 'channels.notify_customer'",
    );
    await runJobs();
    expect(mailsFor(t.number).map((m) => m.messageId)).toEqual([firstId]);
    const rows = await h.services.db
      .select({ status: outboundMessages.status, id: outboundMessages.id })
      .from(outboundMessages)
      .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, t.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("sent");
    expect(firstId).toContain(rows[0]?.id);
    // The plan (and any link in it) does not stay on a finished job.
    const left = await h.services.db
      .select({ plan: jobs.outboxPlan, sent: jobs.outboxSent })
      .from(jobs)
      .where(eq(jobs.kind, "channels.notify_customer"));
    expect(left.every((j) => j.plan === null && j.sent === null)).toBe(true);
  });

  it("a notice that keeps failing is marked failed on its last attempt", async () => {
    const t = await openTicket("Hob clicks");
    await h.database.query(
      "update jobs set max_attempts = 1 where status = 'queued' and kind = 'channels.notify_customer'",
    );
    smtp.refuseNext();
    await runJobs();
    const rows = await h.services.db
      .select({ status: outboundMessages.status, reason: outboundMessages.reason })
      .from(outboundMessages)
      .where(and(eq(outboundMessages.tenantId, w.tenantId), eq(outboundMessages.ticketId, t.id)));
    expect(rows).toMatchObject([{ status: "failed" }]);
    expect(rows[0]?.reason).toContain("try again later");
  });
});
