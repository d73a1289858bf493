CREATE TABLE "retention_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"closed_ticket_months" integer,
	"attachment_months" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
