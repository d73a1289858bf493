CREATE TABLE "analytics_coaching_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"kpi" text NOT NULL,
	"target" double precision NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_coaching_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"scorecard_id" text NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"opened_by" text NOT NULL,
	"opened_by_name" text NOT NULL,
	"outcome" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_coaching_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"held_on" date NOT NULL,
	"notes" text NOT NULL,
	"actions" text DEFAULT '' NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_scorecard_weights" (
	"tenant_id" text NOT NULL,
	"role" text NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_scorecard_weights_tenant_id_role_pk" PRIMARY KEY("tenant_id","role")
);
--> statement-breakpoint
CREATE TABLE "analytics_scorecards" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"period" text NOT NULL,
	"role" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_name" text NOT NULL,
	"volume" integer NOT NULL,
	"score" double precision,
	"categories" jsonb NOT NULL,
	"kpis" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_service_awards" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"period" text NOT NULL,
	"role" text NOT NULL,
	"rank" integer NOT NULL,
	"user_id" text NOT NULL,
	"user_name" text NOT NULL,
	"scorecard_id" text NOT NULL,
	"score" double precision NOT NULL,
	"volume" integer NOT NULL,
	"min_volume" integer NOT NULL,
	"awarded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "analytics_coaching_goals_plan_idx" ON "analytics_coaching_goals" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "analytics_coaching_plans_user_idx" ON "analytics_coaching_plans" USING btree ("tenant_id","user_id","status");--> statement-breakpoint
CREATE INDEX "analytics_coaching_sessions_plan_idx" ON "analytics_coaching_sessions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_scorecards_subject_idx" ON "analytics_scorecards" USING btree ("tenant_id","period","subject_id");--> statement-breakpoint
CREATE INDEX "analytics_scorecards_subject_history_idx" ON "analytics_scorecards" USING btree ("tenant_id","subject_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_service_awards_rank_idx" ON "analytics_service_awards" USING btree ("tenant_id","period","role","rank");--> statement-breakpoint
CREATE INDEX "analytics_service_awards_user_idx" ON "analytics_service_awards" USING btree ("tenant_id","user_id");