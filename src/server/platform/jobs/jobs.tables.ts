import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tstz } from "../db/columns.js";

// Durable job queue: side effects and timers are rows, claimed with FOR UPDATE SKIP LOCKED.
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: text("tenant_id"),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull().$type<Record<string, unknown>>(),
    runAt: tstz("run_at").notNull().defaultNow(),
    status: text("status").notNull().default("queued").$type<"queued" | "running" | "done" | "failed">(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(10),
    lastError: text("last_error"),
    lockedBy: text("locked_by"),
    lockedUntil: tstz("locked_until"),
    singletonKey: text("singleton_key"),
    // An outbound job's state between its phases (see outbound.ts): what prepare decided to send
    // (with its idempotency key), then what the send returned. Cleared when the job finishes.
    outboxPlan: jsonb("outbox_plan"),
    outboxSent: jsonb("outbox_sent"),
    createdAt: createdAt(),
    finishedAt: tstz("finished_at"),
  },
  (t) => [
    index("jobs_due_idx").on(t.runAt).where(sql`status = 'queued'`),
    index("jobs_running_idx").on(t.lockedUntil).where(sql`status = 'running'`),
    uniqueIndex("jobs_singleton_idx").on(t.singletonKey).where(sql`status in ('queued','running')`),
    // Retention deletes finished jobs by age.
    index("jobs_finished_idx").on(t.finishedAt).where(sql`status in ('done','failed')`),
  ],
);

// One row per named schedule: whichever runner moves next_run_at enqueues that period's run.
export const jobSchedules = pgTable("job_schedules", {
  name: text("name").primaryKey(),
  spec: text("spec").notNull(),
  nextRunAt: tstz("next_run_at").notNull(),
  lastRunAt: tstz("last_run_at"),
});
