-- Outbound jobs keep their plan and send result between phases; finished jobs are deleted by age;
-- schedules fire once per period across runners.
CREATE TABLE "job_schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"spec" text NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "outbox_plan" jsonb;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "outbox_sent" jsonb;--> statement-breakpoint
CREATE INDEX "jobs_finished_idx" ON "jobs" USING btree ("finished_at") WHERE status in ('done','failed');