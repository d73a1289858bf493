import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createJobRunner } from "../../src/server/app.js";
import { jobs } from "../../src/server/platform/jobs/jobs.tables.js";
import { defineOutboundJob, enqueue } from "../../src/server/platform/jobs/queue.js";
import type { JobRunner } from "../../src/server/platform/jobs/runner.js";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";
import { type LocalSmtp, startLocalSmtp } from "./local-smtp.js";

// Real time: a send that outlasts a 1-second job lock. The running runner renews the lock, so a
// second runner sharing the database never takes the job over and nothing is sent twice.
let h: Harness;
let w: World;
let smtp: LocalSmtp;

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "ol");
  smtp = await startLocalSmtp();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@lock.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => {
  await smtp?.close();
  await h?.close();
});

// Runner A works through the queue; once A holds a job, runner B polls the same database every
// 100 ms, ready to take over any job whose lock has expired.
async function raceTwoRunners(a: JobRunner, b: JobRunner) {
  let done = false;
  const polling = (async () => {
    while (!done) {
      const held = await h.database.query("select 1 from jobs where locked_by = $1 and status = 'running'", [
        a.workerId,
      ]);
      if (held.length > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    while (!done) {
      await b.tick();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  while (await a.tick()) {}
  done = true;
  await polling;
}

describe("a job that outlives its lock", () => {
  it("renews the lock while sending, so the other runner never takes it", async () => {
    let sends = 0;
    const seen: number[] = [];
    const job = defineOutboundJob({
      kind: "test.slow_send",
      payload: z.object({}),
      async prepare() {
        return { key: "k" };
      },
      async send() {
        sends += 1;
        for (let i = 0; i < 6; i++) {
          await new Promise((r) => setTimeout(r, 500));
          const [row] = await h.services.db
            .select({ until: jobs.lockedUntil })
            .from(jobs)
            .where(eq(jobs.kind, "test.slow_send"));
          seen.push(row?.until?.getTime() ?? 0);
        }
        return null;
      },
      async record() {},
    });
    const a = createJobRunner(h.services, { lockSeconds: 1 });
    const b = createJobRunner(h.services, { lockSeconds: 1 });
    a.register(job);
    b.register(job);
    await h.services.db.transaction((tx) => enqueue(tx, job, {}));
    await raceTwoRunners(a, b);
    expect(sends).toBe(1);
    expect(seen.at(-1)).toBeGreaterThan(seen[0] ?? 0);
    const [row] = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.slow_send"));
    expect(row).toMatchObject({ status: "done", attempts: 1 });
  });

  it("a notice whose mail server takes 3 s with a 1 s lock is mailed exactly once", async () => {
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Freezer frosting up", description: "Details", type: "repair" },
    });
    expect(t.status).toBe(201);
    smtp.stallDataFor(3000);
    const a = createJobRunner(h.services, { lockSeconds: 1 });
    const b = createJobRunner(h.services, { lockSeconds: 1 });
    await raceTwoRunners(a, b);
    smtp.stallDataFor(0);
    expect(smtp.offered).toHaveLength(1);
    expect(smtp.received.filter((m) => m.subject?.includes(t.body.number))).toHaveLength(1);
  });
});
