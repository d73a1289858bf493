CREATE TABLE "product_updates" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"product_id" text,
	"product_line" text,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"released_on" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"tenant_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"round" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_rounds_tenant_id_survey_id_round_pk" PRIMARY KEY("tenant_id","survey_id","round")
);
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "round" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "period_schedule" jsonb;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "delay_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "product_updates_tenant_released_idx" ON "product_updates" USING btree ("tenant_id","released_on");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_tenant_round_idx" ON "survey_invitations" USING btree ("tenant_id","survey_id","round","customer_id") WHERE round is not null;