import { hostname } from "node:os";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Services } from "../context.js";
import type { Database, Db } from "../db/client.js";
import { newId } from "../ids.js";
import type { Logger } from "../logger.js";
import { parseSchedule, type Schedule } from "./cron.js";
import { jobSchedules, jobs } from "./jobs.tables.js";
import {
  type AnyJobDefinition,
  defineJob,
  enqueue,
  type JobContext,
  type JobDefinition,
  type OutboundJobDefinition,
} from "./queue.js";

type ClaimedJob = {
  id: number;
  kind: string;
  payload: unknown;
  tenant_id: string | null;
  attempts: number;
  max_attempts: number;
  outbox_plan: unknown;
  outbox_sent: { result: unknown } | null;
};

export type JobRunnerOptions = {
  pollMs: number;
  batchSize?: number;
  lockSeconds?: number;
  concurrency?: number;
};

const backoffSeconds = (attempt: number) => Math.min(3600, 2 ** attempt);

// Thrown when another runner took the job over (its lock expired): the transaction rolls back.
class LockLost extends Error {}

type ScheduleEntry = { name: string; schedule: Schedule; job: JobDefinition };

// Polls the jobs table; any number of runners (processes) may share one database.
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${newId("w")}`;
  private readonly handlers = new Map<string, AnyJobDefinition>();
  private readonly housekeeping: { name: string; run: () => Promise<unknown> }[] = [];
  private readonly schedules = new Map<string, ScheduleEntry>();
  private schedulesStored = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  private readonly database: Database;
  private readonly logger: Logger;
  private readonly lockSeconds: number;

  constructor(
    private readonly s: Services,
    private readonly opts: JobRunnerOptions,
  ) {
    this.database = s.database;
    this.logger = s.logger;
    this.lockSeconds = opts.lockSeconds ?? 60;
  }

  register(...defs: AnyJobDefinition[]): void {
    for (const def of defs) this.handlers.set(def.kind, def);
  }

  // Work that is not a queued job but must keep up with commits (the audit sealer): runs at the
  // start of every tick, on every runner; each task must be safe to run from several at once.
  everyTick(name: string, run: () => Promise<unknown>): void {
    this.housekeeping.push({ name, run });
  }

  // Periodic work, once per period however many runners share the database: a cron expression
  // (UTC) or "every 10m". The runner that moves the schedule's next_run_at enqueues that period's
  // run as an ordinary job (kind `schedule:<name>`), so it has the job's retries and its handler
  // commits with the done mark. A run still queued or running skips the next period. The handler is
  // inside a transaction: database work only (enqueue an outbound job for anything on the network).
  schedule(name: string, spec: string, handler: (ctx: JobContext) => Promise<void>): void {
    const job = defineJob({
      kind: `schedule:${name}`,
      payload: z.object({ at: z.string() }),
      maxAttempts: 3,
      handle: (_p, ctx) => handler(ctx),
    });
    this.schedules.set(name, { name, schedule: parseSchedule(spec), job });
    this.register(job);
    this.schedulesStored = false;
  }

  start(): void {
    this.stopped = false;
    this.wakeAfter(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private wakeAfter(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err) => this.logger.error({ err }, "job tick failed"))
        .then((worked) => this.wakeAfter(worked ? 0 : this.opts.pollMs));
    }, ms);
  }

  // Claims and runs one batch; resolves true when there may be more due work.
  async tick(): Promise<boolean> {
    const size = this.opts.batchSize ?? 20;
    for (const task of this.housekeeping) {
      await task.run().catch((err) => this.logger.error({ err, task: task.name }, "housekeeping failed"));
    }
    await this.fireSchedules().catch((err) => this.logger.error({ err }, "schedules failed"));
    await this.database.query(
      `update jobs set status = 'queued', locked_by = null, locked_until = null
       where status = 'running' and locked_until < now()`,
    );
    const claimed = await this.database.query<ClaimedJob>(
      `update jobs set status = 'running', attempts = attempts + 1, locked_by = $1,
              locked_until = now() + make_interval(secs => $2)
       where id in (select id from jobs where status = 'queued' and run_at <= now()
                    order by run_at, id limit $3 for update skip locked)
       returning id, kind, payload, tenant_id, attempts, max_attempts, outbox_plan, outbox_sent`,
      [this.workerId, this.lockSeconds, size],
    );
    // Several jobs in flight at once: each runs in its own transaction on its own connection. On
    // PGlite (one connection) transactions take turns anyway; a second lane lets the other jobs go
    // on while an outbound job waits for a slow mail server outside any transaction.
    let next = 0;
    const lane = async () => {
      for (let job = claimed[next++]; job; job = claimed[next++]) await this.runOne(job);
    };
    const lanes = this.database.kind === "postgres" ? (this.opts.concurrency ?? 4) : 2;
    await Promise.all(Array.from({ length: Math.min(lanes, claimed.length) }, lane));
    return claimed.length === size;
  }

  // Due schedules are locked (SKIP LOCKED: another runner busy with one passes it by), moved to
  // their next time and enqueued in one transaction: exactly one runner fires each period.
  private async fireSchedules(): Promise<void> {
    if (this.schedules.size === 0) return;
    const names = [...this.schedules.keys()];
    if (!this.schedulesStored) {
      const now = new Date();
      for (const e of this.schedules.values()) {
        const first = e.schedule.next(now);
        // A changed spec restarts the schedule; an unchanged one keeps the time already stored.
        await this.database.db
          .insert(jobSchedules)
          .values({ name: e.name, spec: e.schedule.spec, nextRunAt: first })
          .onConflictDoUpdate({
            target: jobSchedules.name,
            set: { spec: e.schedule.spec, nextRunAt: first },
            setWhere: sql`${jobSchedules.spec} <> excluded.spec`,
          });
      }
      this.schedulesStored = true;
    }
    await this.database.db.transaction(async (tx) => {
      const due = await tx
        .select({ name: jobSchedules.name, now: sql<string>`to_json(now()) #>> '{}'` })
        .from(jobSchedules)
        .where(and(inArray(jobSchedules.name, names), lte(jobSchedules.nextRunAt, sql`now()`)))
        .for("update", { skipLocked: true });
      for (const row of due) {
        const entry = this.schedules.get(row.name);
        if (!entry) continue;
        const now = new Date(row.now);
        await tx
          .update(jobSchedules)
          .set({ nextRunAt: entry.schedule.next(now), lastRunAt: now })
          .where(eq(jobSchedules.name, row.name));
        await enqueue(tx, entry.job, { at: now.toISOString() }, { singletonKey: `schedule:${row.name}` });
      }
    });
  }

  // Keeps the job's lock while it runs, so no other runner takes a long job over. On PGlite the
  // renewal waits behind the job's own transaction; it matters while an outbound job is sending,
  // when no transaction is open.
  private heartbeat(jobId: number): { stop(): void; lost(): boolean } {
    let lost = false;
    let busy = false;
    const timer = setInterval(
      () => {
        if (busy) return;
        busy = true;
        this.database
          .query<{ id: number }>(
            `update jobs set locked_until = now() + make_interval(secs => $3)
             where id = $1 and locked_by = $2 and status = 'running' returning id`,
            [jobId, this.workerId, this.lockSeconds],
          )
          .then((rows) => {
            if (rows.length === 0) lost = true;
          })
          .catch((err) => this.logger.warn({ err, jobId }, "job lock renewal failed"))
          .finally(() => {
            busy = false;
          });
      },
      Math.max(100, (this.lockSeconds * 1000) / 3),
    );
    timer.unref();
    return { stop: () => clearInterval(timer), lost: () => lost };
  }

  private context(tx: Db, job: ClaimedJob): JobContext {
    return {
      tx,
      s: this.s,
      jobId: job.id,
      tenantId: job.tenant_id,
      attempt: job.attempts,
      now: this.s.clock.now(),
    };
  }

  // Marks the job done in the caller's transaction, only while this runner still holds it.
  private async markDone(tx: Db, jobId: number): Promise<void> {
    const rows = await tx
      .update(jobs)
      .set({
        status: "done",
        finishedAt: sql`now()`,
        lockedUntil: null,
        outboxPlan: null,
        outboxSent: null,
      })
      .where(and(eq(jobs.id, jobId), eq(jobs.lockedBy, this.workerId), eq(jobs.status, "running")))
      .returning({ id: jobs.id });
    if (rows.length === 0) throw new LockLost("job lock lost to another runner");
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const def = this.handlers.get(job.kind);
    const beat = this.heartbeat(job.id);
    // The outbound plan in play, for `failed` when the send fails for the last time.
    const state = { plan: job.outbox_plan };
    try {
      if (!def) throw new Error(`no handler for job kind ${job.kind}`);
      const payload = def.payload.parse(job.payload);
      if ("prepare" in def) await this.runOutbound(def, payload, job, beat, state);
      else
        await this.database.db.transaction(async (tx) => {
          await def.handle(payload, this.context(tx, job));
          await this.markDone(tx, job.id);
        });
    } catch (err) {
      await this.fail(job, def, state.plan, err);
    } finally {
      beat.stop();
    }
  }

  // The three phases of an outbound job (see OutboundJobDefinition).
  private async runOutbound(
    def: OutboundJobDefinition,
    payload: unknown,
    job: ClaimedJob,
    beat: { lost(): boolean },
    state: { plan: unknown },
  ): Promise<void> {
    let plan = job.outbox_plan;
    if (plan === null || plan === undefined) {
      plan = await this.database.db.transaction(async (tx) => {
        const prepared = await def.prepare(payload, this.context(tx, job));
        if (prepared === null) {
          await this.markDone(tx, job.id);
          return null;
        }
        const saved = await tx
          .update(jobs)
          .set({ outboxPlan: prepared })
          .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.workerId)))
          .returning({ id: jobs.id });
        if (saved.length === 0) throw new LockLost("job lock lost to another runner");
        return prepared;
      });
      if (plan === null) return;
    }
    state.plan = plan;
    let sent = job.outbox_sent;
    if (!sent) {
      if (beat.lost()) throw new LockLost("job lock lost before sending");
      const result = await def.send(plan, {
        s: this.s,
        jobId: job.id,
        tenantId: job.tenant_id,
        attempt: job.attempts,
      });
      sent = { result: result ?? null };
      // Stored at once, outside record's transaction: a retry must see that it went out.
      await this.database.db
        .update(jobs)
        .set({ outboxSent: sent })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.workerId)));
    }
    const result = sent.result;
    await this.database.db.transaction(async (tx) => {
      await def.record(plan, result, this.context(tx, job));
      await this.markDone(tx, job.id);
    });
  }

  private async fail(job: ClaimedJob, def: AnyJobDefinition | undefined, plan: unknown, err: unknown) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof LockLost) {
      this.logger.warn({ jobId: job.id, kind: job.kind }, message);
      return;
    }
    const final = job.attempts >= job.max_attempts;
    const wait = def?.backoffSeconds?.(job.attempts) ?? backoffSeconds(job.attempts);
    this.logger.warn(
      { jobId: job.id, kind: job.kind, attempt: job.attempts, final, err: message },
      "job failed",
    );
    try {
      await this.database.db.transaction(async (tx) => {
        const rows = await tx
          .update(jobs)
          .set({
            status: final ? "failed" : "queued",
            lastError: message.slice(0, 2000),
            lockedUntil: null,
            runAt: sql`now() + make_interval(secs => ${wait})`,
            finishedAt: final ? sql`now()` : null,
            ...(final ? { outboxPlan: null, outboxSent: null } : {}),
          })
          .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.workerId)))
          .returning({ id: jobs.id });
        if (final && rows.length > 0 && def && "prepare" in def && def.failed && plan != null)
          await def.failed(plan, message.slice(0, 500), this.context(tx, job));
      });
    } catch (again) {
      this.logger.error({ err: again, jobId: job.id }, "recording a job failure failed");
    }
  }
}
