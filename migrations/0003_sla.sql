CREATE TABLE "sla_calendars" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"timezone" text NOT NULL,
	"weekly" jsonb NOT NULL,
	"overrides" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_escalations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"level" integer NOT NULL,
	"source" text NOT NULL,
	"assigned_to" text,
	"notify_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"deadline_at" timestamp with time zone,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_pauses" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"status" text NOT NULL,
	"from_at" timestamp with time zone NOT NULL,
	"to_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"calendar_id" text NOT NULL,
	"match" jsonb NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"next_response_minutes" integer,
	"resolution_minutes" integer NOT NULL,
	"warn_at_percent" integer DEFAULT 80 NOT NULL,
	"pause_on" text[] DEFAULT '{}'::text[] NOT NULL,
	"escalation" jsonb NOT NULL,
	"golden_channel" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_targets" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"metric" text NOT NULL,
	"policy_id" text NOT NULL,
	"calendar_id" text NOT NULL,
	"budget_ms" bigint NOT NULL,
	"elapsed_ms" double precision DEFAULT 0 NOT NULL,
	"running_since" timestamp with time zone,
	"due_at" timestamp with time zone,
	"status" text NOT NULL,
	"warned_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"generation" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_targets_tenant_id_ticket_id_metric_pk" PRIMARY KEY("tenant_id","ticket_id","metric")
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "sla_state" text;--> statement-breakpoint
CREATE INDEX "sla_calendars_tenant_idx" ON "sla_calendars" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "sla_escalations_ticket_idx" ON "sla_escalations" USING btree ("tenant_id","ticket_id","at");--> statement-breakpoint
CREATE INDEX "sla_pauses_ticket_idx" ON "sla_pauses" USING btree ("tenant_id","ticket_id","from_at");--> statement-breakpoint
CREATE INDEX "sla_policies_tenant_idx" ON "sla_policies" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "sla_targets_tenant_status_idx" ON "sla_targets" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE INDEX "sla_targets_tenant_created_idx" ON "sla_targets" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_tenant_sla_due_idx" ON "tickets" USING btree ("tenant_id","sla_due_at");