import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createJobRunner } from "../../src/server/app.js";
import { jobSchedules, jobs } from "../../src/server/platform/jobs/jobs.tables.js";
import { defineJob, defineOutboundJob, enqueue } from "../../src/server/platform/jobs/queue.js";
import { worldPerFile } from "../fixtures.js";

const ctx = worldPerFile("jr");

const dueNow = (name: string) =>
  ctx.h.services.db
    .update(jobSchedules)
    .set({ nextRunAt: sql`now() - interval '1 second'` })
    .where(eq(jobSchedules.name, name));

describe("job runner", () => {
  it("a schedule fires once per period however many runners tick", async () => {
    const { h } = ctx;
    const fired: string[] = [];
    const runners = [createJobRunner(h.services), createJobRunner(h.services)];
    for (const [i, r] of runners.entries())
      r.schedule("test.hourly", "every 1h", async () => {
        fired.push(`runner ${i}`);
      });
    const tickAll = async () => {
      for (let round = 0; round < 3; round++) await Promise.all(runners.map((r) => r.tick()));
    };
    await tickAll();
    expect(fired).toHaveLength(0);
    await dueNow("test.hourly");
    await tickAll();
    expect(fired).toHaveLength(1);
    await tickAll();
    expect(fired).toHaveLength(1);
    await dueNow("test.hourly");
    await tickAll();
    expect(fired).toHaveLength(2);
    const [row] = await h.services.db.select().from(jobSchedules).where(eq(jobSchedules.name, "test.hourly"));
    expect(row?.nextRunAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it("retention deletes done jobs after 7 days and failed ones after 30", async () => {
    const { h } = ctx;
    const finished = (status: "done" | "failed", days: number) => ({
      kind: `test.retention.${status}.${days}`,
      payload: {},
      status,
      finishedAt: sql`now() - make_interval(days => ${days})`,
    });
    await h.services.db
      .insert(jobs)
      .values([finished("done", 8), finished("done", 6), finished("failed", 31), finished("failed", 20)]);
    await h.jobs.tick();
    await dueNow("jobs.retention");
    await h.jobs.tick();
    const left = await h.services.db
      .select({ kind: jobs.kind })
      .from(jobs)
      .where(sql`${jobs.kind} like 'test.retention.%'`);
    expect(left.map((j) => j.kind).sort()).toEqual(["test.retention.done.6", "test.retention.failed.20"]);
  });

  it("an outbound job whose result is stored is not sent again when recording fails", async () => {
    const { h } = ctx;
    const sends: string[] = [];
    let recordFails = true;
    const job = defineOutboundJob({
      kind: "test.outbound",
      payload: z.object({ to: z.string() }),
      async prepare(p) {
        return { key: `key-${p.to}`, to: p.to };
      },
      async send(plan) {
        sends.push(plan.key);
        return { providerId: "p-1" };
      },
      async record(_plan, result) {
        if (recordFails) {
          recordFails = false;
          throw new Error("database hiccup");
        }
        expect(result).toEqual({ providerId: "p-1" });
      },
    });
    const runner = createJobRunner(h.services);
    runner.register(job);
    await h.services.db.transaction((tx) => enqueue(tx, job, { to: "a" }));
    await runner.tick();
    expect(sends).toEqual(["key-a"]);
    const [waiting] = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.outbound"));
    expect(waiting).toMatchObject({ status: "queued", outboxSent: { result: { providerId: "p-1" } } });
    await h.database.query("update jobs set run_at = now() where kind = 'test.outbound'");
    await runner.tick();
    expect(sends).toEqual(["key-a"]);
    const [done] = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.outbound"));
    expect(done).toMatchObject({ status: "done", outboxPlan: null, outboxSent: null });
  });

  it("a job left mid-send by a dead runner is sent again with the same key, without preparing again", async () => {
    const { h } = ctx;
    const prepared: string[] = [];
    const sends: string[] = [];
    const job = defineOutboundJob({
      kind: "test.crashed_send",
      payload: z.object({}),
      async prepare() {
        prepared.push("again");
        return { key: "fresh-key" };
      },
      async send(plan) {
        sends.push(plan.key);
      },
      async record() {},
    });
    const runner = createJobRunner(h.services);
    runner.register(job);
    await h.services.db.transaction((tx) => enqueue(tx, job, {}));
    // What a runner killed during send() leaves behind: the stored plan and an expired lock.
    await h.services.db
      .update(jobs)
      .set({
        status: "running",
        lockedBy: "dead-runner",
        lockedUntil: sql`now() - interval '1 second'`,
        outboxPlan: { key: "key-from-first-attempt" },
      })
      .where(eq(jobs.kind, "test.crashed_send"));
    await runner.tick();
    expect(prepared).toEqual([]);
    expect(sends).toEqual(["key-from-first-attempt"]);
    const [done] = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.crashed_send"));
    expect(done?.status).toBe("done");
  });

  it("a job's database effects roll back when its lock went to another runner", async () => {
    const { h } = ctx;
    const job = defineJob({
      kind: "test.lock_lost",
      payload: z.object({}),
      async handle(_p, { tx, jobId }) {
        await tx.insert(jobs).values({ kind: "test.lock_lost.effect", payload: {}, status: "done" });
        // What another runner does after this one's lock expired: it claims the job.
        await tx.update(jobs).set({ lockedBy: "another-runner" }).where(eq(jobs.id, jobId));
      },
    });
    const runner = createJobRunner(h.services);
    runner.register(job);
    await h.services.db.transaction((tx) => enqueue(tx, job, {}));
    await runner.tick();
    const effects = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.lock_lost.effect"));
    expect(effects).toEqual([]);
    const [row] = await h.services.db.select().from(jobs).where(eq(jobs.kind, "test.lock_lost"));
    expect(row?.status).not.toBe("done");
  });
});
