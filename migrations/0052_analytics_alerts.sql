CREATE TABLE "analytics_alert_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"kpi" text NOT NULL,
	"dimension" text NOT NULL,
	"detector" text NOT NULL,
	"sensitivity" double precision NOT NULL,
	"min_volume" integer NOT NULL,
	"roles" text[] NOT NULL,
	"user_ids" text[] NOT NULL,
	"quiet_start" text,
	"quiet_end" text,
	"cooldown_hours" integer NOT NULL,
	"severity" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"rule_id" text NOT NULL,
	"kpi" text NOT NULL,
	"dimension" text NOT NULL,
	"subject" text NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"day" date NOT NULL,
	"severity" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"deliver_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "analytics_alert_rules_tenant_idx" ON "analytics_alert_rules" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_alerts_subject_day_idx" ON "analytics_alerts" USING btree ("tenant_id","rule_id","subject","day");--> statement-breakpoint
CREATE INDEX "analytics_alerts_tenant_raised_idx" ON "analytics_alerts" USING btree ("tenant_id","raised_at");--> statement-breakpoint
CREATE INDEX "analytics_alerts_held_idx" ON "analytics_alerts" USING btree ("tenant_id","status","deliver_at");