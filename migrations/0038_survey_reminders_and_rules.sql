CREATE TABLE "survey_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"reminder_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "reminder_token_hash" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "trigger_channels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "trigger_categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_reminder_token_idx" ON "survey_invitations" USING btree ("reminder_token_hash");