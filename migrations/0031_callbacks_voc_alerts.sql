CREATE TABLE "callback_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"callback_id" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"by_user" text,
	"next_due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "callback_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "callbacks" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"ticket_type" text NOT NULL,
	"status" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"last_outcome" text,
	"result" text,
	"score" integer,
	"note" text,
	"reason" text,
	"complaint_ticket_id" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voc_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"source_key" text NOT NULL,
	"dimension" text,
	"dimension_key" text,
	"label" text NOT NULL,
	"details" jsonb NOT NULL,
	"ticket_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_reached_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_fixed_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_auto_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_score_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_callback_score_sum" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "callback_attempts_tenant_callback_idx" ON "callback_attempts" USING btree ("tenant_id","callback_id","created_at");--> statement-breakpoint
CREATE INDEX "callbacks_tenant_status_due_idx" ON "callbacks" USING btree ("tenant_id","status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "callbacks_tenant_open_ticket_idx" ON "callbacks" USING btree ("tenant_id","ticket_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "voc_alerts_tenant_source_idx" ON "voc_alerts" USING btree ("tenant_id","source_key");--> statement-breakpoint
CREATE INDEX "voc_alerts_tenant_status_idx" ON "voc_alerts" USING btree ("tenant_id","status","created_at");