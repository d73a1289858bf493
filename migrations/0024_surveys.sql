CREATE TABLE "survey_follow_ups" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"response_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"ticket_id" text,
	"reason" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"status" text NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"ticket_id" text,
	"channel" text NOT NULL,
	"automatic" boolean DEFAULT false NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"invitation_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"ticket_id" text,
	"answers" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"trigger" text,
	"sample_percent" integer DEFAULT 100 NOT NULL,
	"cap_days" integer DEFAULT 30 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "survey_follow_ups_tenant_status_idx" ON "survey_follow_ups" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token_idx" ON "survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "survey_invitations_tenant_customer_idx" ON "survey_invitations" USING btree ("tenant_id","customer_id","created_at");--> statement-breakpoint
CREATE INDEX "survey_invitations_tenant_survey_idx" ON "survey_invitations" USING btree ("tenant_id","survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_tenant_ticket_idx" ON "survey_invitations" USING btree ("tenant_id","survey_id","ticket_id") WHERE automatic;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation_idx" ON "survey_responses" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "survey_responses_tenant_survey_idx" ON "survey_responses" USING btree ("tenant_id","survey_id","created_at");--> statement-breakpoint
CREATE INDEX "surveys_tenant_trigger_idx" ON "surveys" USING btree ("tenant_id","trigger");