CREATE TABLE "improvement_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"item_id" text NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_items" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"impact" integer NOT NULL,
	"cost" integer NOT NULL,
	"difficulty" integer NOT NULL,
	"strategic_fit" integer NOT NULL,
	"raised_by" text,
	"kano_functional" text,
	"kano_dysfunctional" text,
	"kano_token" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_weights" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_kano_answers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"item_id" text NOT NULL,
	"functional" text NOT NULL,
	"dysfunctional" text NOT NULL,
	"via" text NOT NULL,
	"entered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_cycles" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"item_id" text NOT NULL,
	"iteration" integer NOT NULL,
	"phase" text NOT NULL,
	"owner_id" text NOT NULL,
	"kpi_id" text NOT NULL,
	"target_value" double precision NOT NULL,
	"due_date" date NOT NULL,
	"window_days" integer NOT NULL,
	"plan_started_on" date NOT NULL,
	"do_ended_on" date,
	"check" jsonb,
	"decision" text,
	"article_id" text,
	"next_cycle_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_cycle_history" (
	"tenant_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"seq" integer NOT NULL,
	"from_phase" text,
	"to_phase" text NOT NULL,
	"actor_id" text,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "improvement_cycle_history_tenant_id_cycle_id_seq_pk" PRIMARY KEY("tenant_id","cycle_id","seq")
);
--> statement-breakpoint
CREATE TABLE "improvement_cycle_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"cycle_id" text NOT NULL,
	"title" text NOT NULL,
	"owner_id" text,
	"done" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "improvement_evidence_tenant_item_idx" ON "improvement_evidence" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "improvement_items_tenant_created_idx" ON "improvement_items" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_items_kano_token_idx" ON "improvement_items" USING btree ("kano_token");--> statement-breakpoint
CREATE INDEX "improvement_kano_answers_tenant_item_idx" ON "improvement_kano_answers" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "improvement_cycles_tenant_item_idx" ON "improvement_cycles" USING btree ("tenant_id","item_id");--> statement-breakpoint
CREATE INDEX "improvement_cycles_tenant_due_idx" ON "improvement_cycles" USING btree ("tenant_id","due_date");--> statement-breakpoint
CREATE INDEX "improvement_cycle_tasks_tenant_cycle_idx" ON "improvement_cycle_tasks" USING btree ("tenant_id","cycle_id");