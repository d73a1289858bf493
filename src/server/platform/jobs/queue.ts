import { sql } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Services } from "../context.js";
import type { Db } from "../db/client.js";
import { writeBehind } from "../db/write-behind.js";
import { jobs } from "./jobs.tables.js";

export type JobContext = {
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
  // Seconds to wait after failed attempt n (1-based); default min(3600, 2^n).
  backoffSeconds?: (attempt: number) => number;
  // Runs inside the transaction that marks the job done: database effects happen exactly once.
  handle(payload: z.infer<S>, ctx: JobContext): Promise<void>;
};

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

// What an outbound job's send() gets: no transaction, on purpose.
type SendContext = { s: Services; jobId: number; tenantId: string | null; attempt: number };

// A job whose side effect leaves the database (mail, SMS, a webhook) runs in three phases, so no
// transaction is open while the network is slow and nothing is sent twice when avoidable:
// 1. prepare(tx): reads, decides, writes what must exist before sending, and returns the plan
//    (plain JSON, carrying its idempotency key) — or null when there is nothing to send, which
//    ends the job. The plan is stored on the job row and commits with prepare's writes.
// 2. send(plan): outside any transaction, while the runner keeps renewing the job's lock. Its
//    result is stored on the job row at once.
// 3. record(tx, plan, result): a new short transaction that commits with the job's "done" mark.
// A retry never prepares again: it reuses the stored plan (same key), and skips send when a result
// is stored. What remains at-least-once: a crash (or a lost lock) after the receiver accepted but
// before the result was stored sends again, with the same idempotency key.
export type OutboundJobDefinition<S extends z.ZodType = z.ZodType, P = unknown, R = unknown> = {
  kind: string;
  payload: S;
  maxAttempts?: number;
  // Seconds to wait after failed attempt n (1-based); default min(3600, 2^n).
  backoffSeconds?: (attempt: number) => number;
  prepare(payload: z.infer<S>, ctx: JobContext): Promise<P | null>;
  send(plan: P, ctx: SendContext): Promise<R>;
  record(plan: P, result: R, ctx: JobContext): Promise<void>;
  // In the transaction that marks the job failed after its last attempt.
  failed?(plan: P, error: string, ctx: JobContext): Promise<void>;
};

export function defineOutboundJob<S extends z.ZodType, P, R>(
  def: OutboundJobDefinition<S, P, R>,
): OutboundJobDefinition<S, P, R> {
  return def;
}

// biome-ignore lint/suspicious/noExplicitAny: the runner's registry holds jobs of every plan type.
export type AnyJobDefinition = JobDefinition | OutboundJobDefinition<z.ZodType, any, any>;
type JobKind<S extends z.ZodType> = { kind: string; payload: S; maxAttempts?: number };

export type EnqueueOptions = {
  tenantId?: string | null;
  runAt?: Date;
  singletonKey?: string;
  maxAttempts?: number;
};

// Enqueue inside the caller's transaction, so the side effect exists if and only if the change does.
export async function enqueue<S extends z.ZodType>(
  tx: Db,
  job: JobKind<S>,
  payload: z.infer<S>,
  opts: EnqueueOptions = {},
): Promise<void> {
  await enqueueMany(tx, job, [{ payload, opts }]);
}

// Several jobs of one kind in one statement (a new ticket's SLA timers); inside a group of
// creations, one statement for the whole group's jobs.
export async function enqueueMany<S extends z.ZodType>(
  tx: Db,
  job: JobKind<S>,
  items: { payload: z.infer<S>; opts?: EnqueueOptions }[],
): Promise<void> {
  if (items.length === 0) return;
  const rows = items.map(({ payload, opts = {} }) => ({
    kind: job.kind,
    payload: job.payload.parse(payload) as Record<string, unknown>,
    tenantId: opts.tenantId ?? null,
    runAt: opts.runAt ?? sql`now()`,
    singletonKey: opts.singletonKey ?? null,
    maxAttempts: opts.maxAttempts ?? job.maxAttempts ?? 10,
  }));
  await writeBehind(tx, "jobs", rows, insertJobs);
}

// A job whose singleton key is already queued is not queued twice (within the statement too).
async function insertJobs(tx: Db, rows: PgInsertValue<typeof jobs>[]): Promise<void> {
  await tx.insert(jobs).values(rows).onConflictDoNothing();
}
