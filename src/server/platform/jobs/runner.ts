import { hostname } from "node:os";
import type { Services } from "../context.js";
import type { Database } from "../db/client.js";
import { newId } from "../ids.js";
import type { Logger } from "../logger.js";
import type { JobDefinition } from "./queue.js";

type ClaimedJob = {
  id: number;
  kind: string;
  payload: unknown;
  tenant_id: string | null;
  attempts: number;
  max_attempts: number;
};

export type JobRunnerOptions = {
  pollMs: number;
  batchSize?: number;
  lockSeconds?: number;
  concurrency?: number;
};

const backoffSeconds = (attempt: number) => Math.min(3600, 2 ** attempt);

// Polls the jobs table; any number of runners (processes) may share one database.
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${newId("w")}`;
  private readonly handlers = new Map<string, JobDefinition>();
  private readonly housekeeping: { name: string; run: () => Promise<unknown> }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  private readonly database: Database;
  private readonly logger: Logger;

  constructor(
    private readonly s: Services,
    private readonly opts: JobRunnerOptions,
  ) {
    this.database = s.database;
    this.logger = s.logger;
  }

  register(...defs: JobDefinition[]): void {
    for (const def of defs) this.handlers.set(def.kind, def);
  }

  // Work that is not a queued job but must keep up with commits (the audit sealer): runs at the
  // start of every tick, on every runner; each task must be safe to run from several at once.
  everyTick(name: string, run: () => Promise<unknown>): void {
    this.housekeeping.push({ name, run });
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err) => this.logger.error({ err }, "job tick failed"))
        .then((worked) => this.schedule(worked ? 0 : this.opts.pollMs));
    }, ms);
  }

  // Claims and runs one batch; resolves true when there may be more due work.
  async tick(): Promise<boolean> {
    const size = this.opts.batchSize ?? 20;
    for (const task of this.housekeeping) {
      await task.run().catch((err) => this.logger.error({ err, task: task.name }, "housekeeping failed"));
    }
    await this.database.query(
      `update jobs set status = 'queued', locked_by = null, locked_until = null
       where status = 'running' and locked_until < now()`,
    );
    const claimed = await this.database.query<ClaimedJob>(
      `update jobs set status = 'running', attempts = attempts + 1, locked_by = $1,
              locked_until = now() + make_interval(secs => $2)
       where id in (select id from jobs where status = 'queued' and run_at <= now()
                    order by run_at, id limit $3 for update skip locked)
       returning id, kind, payload, tenant_id, attempts, max_attempts`,
      [this.workerId, this.opts.lockSeconds ?? 60, size],
    );
    // Several jobs in flight at once: each runs in its own transaction on its own connection.
    let next = 0;
    const lane = async () => {
      for (let job = claimed[next++]; job; job = claimed[next++]) await this.runOne(job);
    };
    const lanes = this.database.kind === "postgres" ? (this.opts.concurrency ?? 4) : 1;
    await Promise.all(Array.from({ length: Math.min(lanes, claimed.length) }, lane));
    return claimed.length === size;
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const def = this.handlers.get(job.kind);
    try {
      if (!def) throw new Error(`no handler for job kind ${job.kind}`);
      const payload = def.payload.parse(job.payload);
      await this.database.db.transaction(async (tx) => {
        await def.handle(payload, {
          tx,
          s: this.s,
          jobId: job.id,
          tenantId: job.tenant_id,
          attempt: job.attempts,
          now: this.s.clock.now(),
        });
        await tx.execute(
          `update jobs set status = 'done', finished_at = now(), locked_until = null where id = ${Number(job.id)}`,
        );
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = job.attempts >= job.max_attempts;
      this.logger.warn(
        { jobId: job.id, kind: job.kind, attempt: job.attempts, final, err: message },
        "job failed",
      );
      await this.database.query(
        `update jobs set status = $2, last_error = $3, locked_until = null,
                run_at = now() + make_interval(secs => $4), finished_at = case when $2 = 'failed' then now() end
         where id = $1`,
        [job.id, final ? "failed" : "queued", message.slice(0, 2000), backoffSeconds(job.attempts)],
      );
    }
  }
}
