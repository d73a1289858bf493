import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { Services } from "../context.js";
import type { Db } from "../db/client.js";
import { jobs } from "./jobs.tables.js";

type JobContext = {
  tx: Db;
  s: Services;
  jobId: number;
  tenantId: string | null;
  attempt: number;
  now: Date;
};

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  kind: string;
  payload: S;
  maxAttempts?: number;
  // Runs inside the transaction that marks the job done: database effects happen exactly once.
  handle(payload: z.infer<S>, ctx: JobContext): Promise<void>;
};

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

export type EnqueueOptions = {
  tenantId?: string | null;
  runAt?: Date;
  singletonKey?: string;
  maxAttempts?: number;
};

// Enqueue inside the caller's transaction, so the side effect exists if and only if the change does.
export async function enqueue<S extends z.ZodType>(
  tx: Db,
  job: JobDefinition<S>,
  payload: z.infer<S>,
  opts: EnqueueOptions = {},
): Promise<void> {
  await enqueueMany(tx, job, [{ payload, opts }]);
}

// Several jobs of one kind in one statement (a new ticket's SLA timers).
export async function enqueueMany<S extends z.ZodType>(
  tx: Db,
  job: JobDefinition<S>,
  items: { payload: z.infer<S>; opts?: EnqueueOptions }[],
): Promise<void> {
  if (items.length === 0) return;
  await tx
    .insert(jobs)
    .values(
      items.map(({ payload, opts = {} }) => ({
        kind: job.kind,
        payload: job.payload.parse(payload) as Record<string, unknown>,
        tenantId: opts.tenantId ?? null,
        runAt: opts.runAt ?? sql`now()`,
        singletonKey: opts.singletonKey ?? null,
        maxAttempts: opts.maxAttempts ?? job.maxAttempts ?? 10,
      })),
    )
    .onConflictDoNothing();
}
