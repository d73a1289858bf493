CREATE TABLE "audit_witnesses" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"addresses" text[] NOT NULL,
	"last_sent_size" bigint,
	"last_sent_at" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"closed_ticket_months" integer,
	"attachment_months" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "erased_at" timestamp with time zone;